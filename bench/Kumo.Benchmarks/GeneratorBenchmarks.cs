using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Kumo.OpenApi.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kumo.Benchmarks;

/// <summary>
/// What the generator costs a build and an IDE session, driven exactly as the compiler drives it:
/// <list type="bullet">
/// <item><description>Cold: a new GeneratorDriver per run, so nothing is cached (the JIT and Microsoft.OpenApi are warm, as in a compiler server).</description></item>
/// <item><description>Unrelated C# edit: a driver that has run once runs again on a compilation with one more syntax tree; every step must come from the cache.</description></item>
/// <item><description>One operation renamed: the same driver with the spec replaced by a copy whose first operationId is renamed.</description></item>
/// </list>
/// GeneratorDriver is immutable, so each invocation starts from the same once-run state and only the second run is measured.
/// </summary>
[MemoryDiagnoser]
// Operations of seconds: BenchmarkDotNet's automatic count (up to 100 iterations) would hold a shared machine for many
// minutes per case. Caps only, so --job dry and --job short still decide the counts they set.
[MaxIterationCount(20)]
[MaxWarmupCount(8)]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _withUnrelatedEdit = null!;
    private AdditionalText _spec = null!;
    private AdditionalText _renamedSpec = null!;
    private GeneratorDriver _ranOnce = null!;
    private SpecCase _case = null!;

    private static readonly HashSet<string> s_verified = new HashSet<string>(StringComparer.Ordinal);

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.UpCloud;

    public static IEnumerable<string> Specs() => SpecCatalog.Available();

    [GlobalSetup]
    public void Setup()
    {
        _case = SpecCatalog.Get(Spec);
        string text = _case.ReadText();
        string renamed = SpecCatalog.RenameFirstOperation(text, out string oldId, out string newId);
        _spec = new InMemoryAdditionalText(_case.Path, text);
        _renamedSpec = new InMemoryAdditionalText(_case.Path, renamed);
        _compilation = GeneratorHost.CreateCompilation();
        _withUnrelatedEdit = _compilation.AddSyntaxTrees(GeneratorHost.UnrelatedTree());
        _ranOnce = GeneratorHost.CreateDriver(_spec, _case.ClientName, _case.Namespace).RunGenerators(_compilation);

        // Once per document and process (the in-process toolchain runs every case in one process).
        if (s_verified.Add(Spec))
        {
            Verify(oldId, newId);
        }
    }

    /// <summary>An honest benchmark generates code, and its incremental runs really hit (or really miss) the cache.</summary>
    private void Verify(string oldId, string newId)
    {
        GeneratorRunResult first = _ranOnce.GetRunResult().Results.Single();
        if (first.Exception is not null || first.GeneratedSources.Length == 0)
        {
            throw new InvalidOperationException($"The generator produced nothing for {Spec}: {first.Exception?.Message ?? string.Join("; ", first.Diagnostics.Take(5))}");
        }

        GeneratorDriver tracked = GeneratorHost.CreateDriver(_spec, _case.ClientName, _case.Namespace, trackSteps: true).RunGenerators(_compilation);
        GeneratorRunResult afterEdit = tracked.RunGenerators(_withUnrelatedEdit).GetRunResult().Results.Single();
        if (afterEdit.TrackedSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Any(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
        {
            throw new InvalidOperationException("An unrelated C# edit re-ran a generator step: " + GeneratorHost.DescribeSteps(afterEdit));
        }

        GeneratorRunResult afterRename = tracked.ReplaceAdditionalText(_spec, _renamedSpec).RunGenerators(_compilation).GetRunResult().Results.Single();
        if (!GeneratorHost.OutputReasons(afterRename, TrackingNames.BuildModel).Contains(IncrementalStepRunReason.Modified))
        {
            throw new InvalidOperationException("Renaming an operation did not rebuild the model: " + GeneratorHost.DescribeSteps(afterRename));
        }

        Console.WriteLine($"// {Spec}: {first.GeneratedSources.Length} generated files; unrelated C# edit → {GeneratorHost.DescribeSteps(afterEdit)}");
        Console.WriteLine($"// {Spec}: operationId '{oldId}' → '{newId}' → {GeneratorHost.DescribeSteps(afterRename)}");
    }

    [Benchmark(Description = "cold run (new driver)")]
    public GeneratorDriver ColdRun() =>
        GeneratorHost.CreateDriver(_spec, _case.ClientName, _case.Namespace).RunGenerators(_compilation);

    [Benchmark(Description = "re-run after unrelated C# edit")]
    public GeneratorDriver RunAfterUnrelatedEdit() => _ranOnce.RunGenerators(_withUnrelatedEdit);

    [Benchmark(Description = "re-run after one operationId renamed")]
    public GeneratorDriver RunAfterOperationRenamed() => _ranOnce.ReplaceAdditionalText(_spec, _renamedSpec).RunGenerators(_compilation);
}
