using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Kumo.OpenApi.Generator.Diagnostics;
using Kumo.OpenApi.Generator.Emitting;
using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;
using Kumo.OpenApi.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.OpenApi.Generator;

/// <summary>
/// Turns every OpenAPI document among the project's AdditionalFiles into a typed client: parse → equatable model → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SpecInput> specs = context.AdditionalTextsProvider
            .Where(static text => SpecSniffer.HasSpecExtension(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSpec(pair.Left, pair.Right, cancellationToken))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ReadSpec);

        // Two specs with the same file name in different folders must not collide in names or hint names.
        specs = specs.Collect()
            .SelectMany(static (all, _) => SpecNaming.Assign(all))
            .WithTrackingName(TrackingNames.NameSpecs);

        IncrementalValuesProvider<GenerationResult> results = specs
            .Select(static (spec, cancellationToken) => Build(spec, cancellationToken))
            .WithTrackingName(TrackingNames.BuildModel);

        // Diagnostics have their own output so a change in them alone never re-emits sources.
        context.RegisterSourceOutput(results.Select(static (r, _) => r.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        IncrementalValuesProvider<ClientModel> clients = results
            .Where(static r => r.Model is not null)
            .Select(static (r, _) => r.Model!)
            .WithTrackingName(TrackingNames.ClientModel);

        // The errors and DI files see the client without operations or types: an edit to those leaves them cached.
        IncrementalValuesProvider<ClientModel> shells = clients
            .Select(static (client, _) => client with { Operations = default, Types = default })
            .WithTrackingName(TrackingNames.ClientShell);

        context.RegisterSourceOutput(shells, static (spc, client) =>
        {
            spc.AddSource(client.HintPrefix + ".Errors.g.cs", SourceText.From(ErrorEmitter.Emit(client), System.Text.Encoding.UTF8));
            spc.AddSource(client.HintPrefix + ".DependencyInjection.g.cs", SourceText.From(DependencyInjectionEmitter.Emit(client), System.Text.Encoding.UTF8));
        });

        // One output per client file (the whole client for small descriptions, a core and one file per initial letter
        // of the methods for large ones): an edit re-emits only the files whose operations changed.
        IncrementalValuesProvider<ClientFile> clientFiles = clients
            .SelectMany(static (client, _) => OutputFiles.Client(client))
            .WithTrackingName(TrackingNames.ClientFile);

        context.RegisterSourceOutput(clientFiles, static (spc, file) =>
            spc.AddSource(file.HintName, SourceText.From(ClientEmitter.Emit(file), System.Text.Encoding.UTF8)));

        // One output per model file (one type each for small descriptions): an edit re-emits only the files whose
        // types changed.
        IncrementalValuesProvider<ModelFile> modelFiles = clients
            .SelectMany(static (client, _) => OutputFiles.Models(client))
            .WithTrackingName(TrackingNames.ModelFile);

        context.RegisterSourceOutput(modelFiles, static (spc, file) =>
            spc.AddSource(file.HintName, SourceText.From(ModelEmitter.Emit(file), System.Text.Encoding.UTF8)));
    }

    private static SpecInput? ReadSpec(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        string? content = text.GetText(cancellationToken)?.ToString();
        if (content is null || !SpecSniffer.LooksLikeSpec(text.Path, content))
        {
            return null;
        }

        AnalyzerConfigOptions fileOptions = options.GetOptions(text);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.ClientName", out string? clientName);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.Namespace", out string? ns);
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
        return new SpecInput(text.Path, content, Blank(clientName), Blank(ns), Blank(rootNamespace));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static GenerationResult Build(SpecInput spec, CancellationToken cancellationToken)
    {
        try
        {
            return SpecParser.Parse(spec, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never CS8785: an internal failure is reported at the spec, and the rest of the build goes on.
            LocationInfo location = LocationInfo.StartOf(spec.Path);
            DiagnosticInfo diagnostic = new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, location,
                new[] { Path.GetFileName(spec.Path), ex.GetType().Name + ": " + ex.Message }.ToEquatableArray());
            return new GenerationResult(null, ImmutableArray.Create(diagnostic).ToEquatableArray());
        }
    }
}
