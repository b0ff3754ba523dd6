using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers.Constraints;

/// <summary>
/// KUMO103, KUMO104, KUMO105: a compile-time constant (or a list of constants) given to a parameter or property that
/// carries <c>[ApiMember(name, …)]</c>, which the API would reject by the API description's own constraints:
/// minLength/maxLength, minimum/maximum (and a maximum duration on h/m/s duration strings), pattern, format,
/// minItems/maxItems, uniqueItems and the item rules. Driven only by the attribute's metadata: nothing here knows
/// about UpCloud.
/// </summary>
/// <remarks>
/// Two operations carry values to members: arguments (<c>ListTokensAsync(limit: 500)</c>) and assignments to
/// properties, which include object initializers (<c>new CreateTokenRequest { Name = "" }</c>). The value is looked
/// at first, because almost no argument in a program is a constant given to an [ApiMember]: the attribute is read
/// only for candidates, once per symbol.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiConstraintAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ValueOutOfRange,
        DiagnosticDescriptors.ValueFormat,
        DiagnosticDescriptors.ItemsRule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            KumoSymbols? symbols = KumoSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            PerCompilation state = new PerCompilation(symbols.ApiMemberAttribute);
            start.RegisterOperationAction(state.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    /// <summary>The attribute cache and pattern cache of one compilation.</summary>
    private sealed class PerCompilation
    {
        private readonly INamedTypeSymbol _apiMemberAttribute;
        private readonly ConcurrentDictionary<ISymbol, MemberConstraints> _constraints =
            new ConcurrentDictionary<ISymbol, MemberConstraints>(SymbolEqualityComparer.Default);

        private readonly Func<ISymbol, MemberConstraints> _read;
        private readonly ConstraintChecker _checker = new ConstraintChecker();

        public PerCompilation(INamedTypeSymbol apiMemberAttribute)
        {
            _apiMemberAttribute = apiMemberAttribute;
            _read = symbol => MemberConstraints.Read(symbol, _apiMemberAttribute);
        }

        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            IArgumentOperation argument = (IArgumentOperation)context.Operation;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null || !ConstantValues.IsCandidate(argument.Value))
            {
                return;
            }

            Check(context, argument.Parameter, argument.Value);
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            ISimpleAssignmentOperation assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation property || !ConstantValues.IsCandidate(assignment.Value))
            {
                return;
            }

            Check(context, property.Property, assignment.Value);
        }

        private void Check(OperationAnalysisContext context, ISymbol member, IOperation value)
        {
            MemberConstraints constraints = _constraints.GetOrAdd(member.OriginalDefinition, _read);
            if (constraints != MemberConstraints.None)
            {
                _checker.Check(context, constraints, value);
            }
        }
    }
}
