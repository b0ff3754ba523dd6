using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Kumo.OpenApi.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kumo.Benchmarks;

/// <summary>
/// What the Kumo analyzers cost a build: a consumer file of about 2,000 lines plus the generated UpCloud client,
/// compiled (binding and compiler diagnostics, no emit) without analyzers, and with all Kumo analyzers through
/// CompilationWithAnalyzers. Each iteration starts from a fresh clone, so no semantic information is reused.
/// </summary>
[MemoryDiagnoser]
// Operations of seconds: BenchmarkDotNet's automatic count (up to 100 iterations) would hold a shared machine for many
// minutes per case. Caps only, so --job dry and --job short still decide the counts they set.
[MaxIterationCount(20)]
[MaxWarmupCount(8)]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<DiagnosticAnalyzer> _emptyAnalyzer;
    private static bool s_verified;

    /// <summary>Lines in the consumer file, for the report.</summary>
    public int ConsumerLines { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string consumer = ConsumerSource.Create();
        ConsumerLines = consumer.Split('\n').Length;
        CSharpParseOptions parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        List<SyntaxTree> trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(consumer, parseOptions, "Consumer.cs") };
        Assembly assembly = typeof(AnalyzerBenchmarks).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("UpCloud/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using StreamReader reader = new StreamReader(stream);
            string generated = reader.ReadToEnd().Replace("%VERSION%", "0.1.0", StringComparison.Ordinal);
            trees.Add(CSharpSyntaxTree.ParseText(generated, parseOptions, name.Replace(".verified.cs", ".g.cs", StringComparison.Ordinal)));
        }

        _compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            CompilationReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        _analyzers = typeof(SecretLiteralAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        _emptyAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

        // An honest benchmark compiles cleanly and really runs the analyzers. Checked once per process: the in-process
        // toolchain runs every case in one process, and each check is a full compile.
        if (s_verified)
        {
            return;
        }

        s_verified = true;
        Diagnostic[] errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The benchmark compilation has errors: " + string.Join("; ", errors.Take(5)));
        }

        if (CompileWithKumoAnalyzers() == CompileWithoutAnalyzers())
        {
            throw new InvalidOperationException("The analyzers reported nothing on the consumer file.");
        }
    }

    [Benchmark(Baseline = true, Description = "compile, no analyzers")]
    public int CompileWithoutAnalyzers() => _compilation.Clone().GetDiagnostics().Length;

    /// <summary>The analyzer driver's own cost, which every build with any analyzer (the SDK's CA rules, say) pays already.</summary>
    [Benchmark(Description = "compile + one empty analyzer")]
    public int CompileWithEmptyAnalyzer() =>
        _compilation.Clone().WithAnalyzers(_emptyAnalyzer).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark(Description = "compile + all Kumo analyzers")]
    public int CompileWithKumoAnalyzers() =>
        _compilation.Clone().WithAnalyzers(_analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>Registers an operation action that does nothing: the driver still walks every operation for it.</summary>
#pragma warning disable RS1001, RS2008 // A benchmark stand-in, never shipped or released.
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_rule = new DiagnosticDescriptor("EMPTY001", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.Argument, OperationKind.SimpleAssignment);
        }
    }
#pragma warning restore RS1001, RS2008
}
