namespace Kumo.UpCloud.Cli.Output;

// -o|--output: tables and lists for people (the default), or JSON for scripts.
internal enum OutputFormat
{
    Human,
    Json,
}
