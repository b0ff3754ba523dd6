using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kumo.UpCloud.Cli.Output;

// -o json: written with Utf8JsonWriter by hand, no reflection-based serializer, so the tool stays
// trim- and AOT-friendly and the JSON shape is exactly what is written here.
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output goes to a terminal or a pipe, never into HTML: keep names such as "ci+cd" or
        // non-ASCII letters readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
