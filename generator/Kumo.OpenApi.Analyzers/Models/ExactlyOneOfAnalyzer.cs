using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kumo.OpenApi.Analyzers.Models;

/// <summary>
/// KUMO106: an object creation of a model marked <c>[ApiExactlyOneOf(names)]</c> whose initializer sets more than
/// one of the named members, or (when nothing can set them later) none.
/// </summary>
/// <remarks>
/// <para>"Both": two or more members are assigned values that are surely not null: non-null constants, value types,
/// new objects, or expressions whose nullable flow state is not-null. <c>ExpiresAt = maybeNull</c> does not count,
/// because choosing one of two optional values at run time is a normal pattern.</para>
/// <para>"None": no member is assigned anything but null, and the new object goes straight into an argument or a
/// return, so no later statement can set one. An object stored in a variable is not judged: it may be completed
/// by assignments after the initializer.</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExactlyOneOfAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ExactlyOneOf);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            KumoSymbols? symbols = KumoSymbols.TryCreate(start.Compilation);
            if (symbols?.ApiExactlyOneOfAttribute is not { } exactlyOneOf)
            {
                return;
            }

            INamedTypeSymbol apiMember = symbols.ApiMemberAttribute;
            ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<ExactlyOneOfGroup>> groups =
                new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<ExactlyOneOfGroup>>(SymbolEqualityComparer.Default);
            Func<INamedTypeSymbol, ImmutableArray<ExactlyOneOfGroup>> read = type => ExactlyOneOfGroup.Read(type, exactlyOneOf, apiMember);
            start.RegisterOperationAction(
                operation =>
                {
                    IObjectCreationOperation creation = (IObjectCreationOperation)operation.Operation;
                    if (creation.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                    {
                        ImmutableArray<ExactlyOneOfGroup> typeGroups = groups.GetOrAdd(type, read);
                        foreach (ExactlyOneOfGroup group in typeGroups)
                        {
                            Analyze(operation, creation, type, group);
                        }
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, IObjectCreationOperation creation, INamedTypeSymbol type, ExactlyOneOfGroup group)
    {
        List<IOperation>? surelySet = null;
        int possiblySet = 0;
        if (creation.Initializer is { } initializer)
        {
            foreach (IOperation member in initializer.Initializers)
            {
                if (!TryGetAssignedProperty(member, out IPropertySymbol? property, out IOperation? value) || !Contains(group, property))
                {
                    continue;
                }

                if (value is null || IsSurelySet(value))
                {
                    surelySet ??= new List<IOperation>();
                    surelySet.Add(member);
                }

                if (value is null || IsPossiblySet(value))
                {
                    possiblySet++;
                }
            }
        }

        if (surelySet is { Count: >= 2 })
        {
            List<Location> others = new List<Location>(surelySet.Count - 1);
            for (int i = 0; i < surelySet.Count - 1; i++)
            {
                others.Add(surelySet[i].Syntax.GetLocation());
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ExactlyOneOf,
                surelySet[surelySet.Count - 1].Syntax.GetLocation(),
                others,
                type.Name,
                group.Describe(),
                surelySet.Count == 2 ? "both are set" : "several are set"));
        }
        else if (possiblySet == 0 && (creation.Constructor?.Parameters.Length ?? 0) == 0 && IsUsedDirectly(creation))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ExactlyOneOf,
                OperationLocations.Head(creation.Syntax),
                type.Name,
                group.Describe(),
                group.Properties.Length == 2 ? "neither is set" : "none is set"));
        }
    }

    /// <summary><c>Prop = value</c> gives its value; a nested <c>Prop = { … }</c> initializer sets the member with no value operation.</summary>
    private static bool TryGetAssignedProperty(IOperation member, out IPropertySymbol property, out IOperation? value)
    {
        switch (member)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                property = target.Property;
                value = assignment.Value;
                return true;
            case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target }:
                property = target.Property;
                value = null;
                return true;
            default:
                property = null!;
                value = null;
                return false;
        }
    }

    private static bool Contains(ExactlyOneOfGroup group, IPropertySymbol property)
    {
        foreach (IPropertySymbol candidate in group.Properties)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, property.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Not null for sure: a non-null constant, a non-nullable value, a new object, or a reference the compiler's flow analysis says is not null.</summary>
    private static bool IsSurelySet(IOperation value)
    {
        IOperation operand = ConstantValues.SkipConversions(value);
        if (operand.ConstantValue.HasValue)
        {
            return operand.ConstantValue.Value is not null;
        }

        if (operand.Type is { IsValueType: true } valueType && valueType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
        {
            return true;
        }

        if (operand is IObjectCreationOperation or IArrayCreationOperation or IInterpolatedStringOperation or IAnonymousObjectCreationOperation)
        {
            return true;
        }

        return value.SemanticModel is { } model
            && model.GetTypeInfo(value.Syntax).Nullability.FlowState == NullableFlowState.NotNull;
    }

    /// <summary>Anything but the null constant or <c>default</c> of a nullable type.</summary>
    private static bool IsPossiblySet(IOperation value)
    {
        IOperation operand = ConstantValues.SkipConversions(value);
        if (operand.ConstantValue.HasValue)
        {
            return operand.ConstantValue.Value is not null;
        }

        return !(operand is IDefaultValueOperation
            && (operand.Type is null || !operand.Type.IsValueType || operand.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T));
    }

    /// <summary>The new object is an argument or a returned value: nothing can assign its members afterwards.</summary>
    private static bool IsUsedDirectly(IOperation creation)
    {
        IOperation? parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation or IReturnOperation;
    }
}
