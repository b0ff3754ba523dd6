using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kumo.OpenApi.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer (and optionally its code fix) over test code plus the generated-client stand-in.</summary>
internal static class Verifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic the analyzer's (first) descriptor with this ID reports, for WithSpan/WithArguments.</summary>
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, new TAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    /// <summary>Analyzes <paramref name="source"/> (markup: <c>{|KUMO103:500|}</c>) and compares the diagnostics.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, new TestOptions(), expected);

    public static Task VerifyAsync(string source, TestOptions options, params DiagnosticResult[] expected)
    {
        CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        Configure(test.TestState, options);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TCodeFix"/> to <paramref name="source"/> and compares with <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, TestOptions? options = null)
        where TCodeFix : CodeFixProvider, new()
    {
        options ??= new TestOptions();
        CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
        };
        Configure(test.TestState, options);
        Configure(test.FixedState, options);
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, TestOptions options)
    {
        state.AdditionalReferences.AddRange(TestReferences.Framework);
        if (options.ReferenceRuntime)
        {
            state.AdditionalReferences.Add(TestReferences.Runtime);
            state.Sources.Add((StandIn.FileName, StandIn.Source(options.ExpiresInExtra)));
        }

        if (options.OutputKind is { } outputKind)
        {
            state.OutputKind = outputKind;
        }
    }
}

/// <summary>How a test compilation differs from the default (a library that references the runtime and has the stand-in).</summary>
internal sealed record TestOptions
{
    public bool ReferenceRuntime { get; init; } = true;

    public string ExpiresInExtra { get; init; } = string.Empty;

    public OutputKind? OutputKind { get; init; }
}
