using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kumo.OpenApi.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Kumo.OpenApi.Generator.Parsing;

/// <summary>Maps a JSON pointer (#/paths/~1a/get) to its line and column in the spec text, so diagnostics point into the file.</summary>
internal sealed class SpecLocator
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly bool _isJson;
    // Three levels reach an operation (/paths/{path}/{method}) or a component (/components/schemas/{name}).
    private const int IndexDepth = 3;

    private static readonly JsonReaderOptions s_readerOptions = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private byte[]? _utf8;
    private Dictionary<string, IndexEntry>? _index;

    public SpecLocator(string path, string text, bool isJson)
    {
        _path = path;
        _text = SourceText.From(text);
        _isJson = isJson;
    }

    public LocationInfo Start => At(0, 0);

    public LocationInfo At(int line, int column)
    {
        line = Math.Max(0, Math.Min(line, _text.Lines.Count - 1));
        TextLine textLine = _text.Lines[line];
        column = Math.Max(0, Math.Min(column, textLine.Span.Length));
        int position = textLine.Start + column;
        LinePosition start = new LinePosition(line, column);
        return new LocationInfo(_path, new TextSpan(position, 0), new LinePositionSpan(start, start));
    }

    public LocationInfo Find(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return Start;
        }

        string[] segments = Segments(pointer!);
        int? position = _isJson ? FindJson(segments) : FindYaml(segments);
        if (position is null)
        {
            return Start;
        }

        LinePosition linePosition = _text.Lines.GetLinePosition(position.Value);
        return new LocationInfo(_path, new TextSpan(position.Value, 0), new LinePositionSpan(linePosition, linePosition));
    }

    private static string[] Segments(string pointer)
    {
        string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        trimmed = trimmed.TrimStart('/');
        if (trimmed.Length == 0)
        {
            return Array.Empty<string>();
        }

        string[] parts = trimmed.Split('/');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Uri.UnescapeDataString(parts[i]).Replace("~1", "/").Replace("~0", "~");
        }

        return parts;
    }

    /// <summary>The document as UTF-8, made once and shared with the well-formedness check.</summary>
    public byte[] Utf8 => _utf8 ??= Encoding.UTF8.GetBytes(_text.ToString());

    /// <summary>
    /// Finds the deepest segment of the pointer that exists: the first <see cref="IndexDepth"/> levels from an index
    /// built in one pass, the rest by reading only the subtree the index points into. A large document (GitHub's is
    /// 13 MB) is read once however many diagnostics it has.
    /// </summary>
    private int? FindJson(string[] segments)
    {
        Dictionary<string, IndexEntry> index = _index ??= BuildIndex();
        string key = string.Empty;
        IndexEntry? deepest = null;
        int found = 0;
        while (found < segments.Length && found < IndexDepth && index.TryGetValue(key + "\0" + segments[found], out IndexEntry entry))
        {
            key += "\0" + segments[found];
            deepest = entry;
            found++;
        }

        if (deepest is not IndexEntry start)
        {
            return null;
        }

        long best = start.KeyStart;
        if (found == IndexDepth && found < segments.Length)
        {
            best = Descend(segments, found, start.ValueStart) ?? best;
        }

        return ToCharOffset(best);
    }

    /// <summary>Reads the value at <paramref name="valueStart"/> alone, following the remaining segments.</summary>
    private long? Descend(string[] segments, int from, int valueStart)
    {
        Utf8JsonReader reader = new Utf8JsonReader(Utf8.AsSpan(valueStart), s_readerOptions);
        long? best = null;
        try
        {
            reader.Read();
            for (int i = from; i < segments.Length; i++)
            {
                if (!(reader.TokenType == JsonTokenType.StartObject ? FindProperty(ref reader, segments[i])
                    : reader.TokenType == JsonTokenType.StartArray && FindItem(ref reader, segments[i])))
                {
                    break;
                }

                best = valueStart + reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                }
            }
        }
        catch (JsonException)
        {
            // Past the value's end (the slice holds the rest of the document) or malformed: keep what was found.
        }

        return best;
    }

    /// <summary>Every member and item down to <see cref="IndexDepth"/> levels, keyed by its segments joined with NUL.</summary>
    private Dictionary<string, IndexEntry> BuildIndex()
    {
        Dictionary<string, IndexEntry> index = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        Utf8JsonReader reader = new Utf8JsonReader(Utf8, s_readerOptions);
        try
        {
            if (reader.Read())
            {
                IndexChildren(ref reader, string.Empty, 1, index);
            }
        }
        catch (JsonException)
        {
            // A malformed document keeps the entries read before the fault.
        }

        return index;
    }

    /// <summary>Indexes the children of the container the reader is on and leaves the reader on its end.</summary>
    private static void IndexChildren(ref Utf8JsonReader reader, string prefix, int depth, Dictionary<string, IndexEntry> index)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        bool isObject = reader.TokenType == JsonTokenType.StartObject;
        for (int item = 0; reader.Read() && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray); item++)
        {
            int keyStart = (int)reader.TokenStartIndex;
            string name = item.ToString(CultureInfo.InvariantCulture);
            if (isObject)
            {
                name = reader.GetString() ?? string.Empty;
                reader.Read();
            }

            string key = prefix + "\0" + name;
            if (!index.ContainsKey(key))
            {
                // The first of duplicate members wins, as a reader that stops at the first match would find.
                index[key] = new IndexEntry(keyStart, (int)reader.TokenStartIndex);
            }

            if (depth < IndexDepth)
            {
                IndexChildren(ref reader, key, depth + 1, index);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>Leaves the reader on the matching property name.</summary>
    private static bool FindProperty(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    /// <summary>Leaves the reader on the first token of the item at the index.</summary>
    private static bool FindItem(ref Utf8JsonReader reader, string segment)
    {
        if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return false;
        }

        for (int i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private int ToCharOffset(long byteOffset)
    {
        if (byteOffset <= 0)
        {
            return 0;
        }

        // As many bytes as chars means every char is ASCII, so offsets agree without counting.
        return Utf8.Length == _text.Length ? (int)byteOffset : Encoding.UTF8.GetCharCount(Utf8, 0, (int)byteOffset);
    }

    private readonly struct IndexEntry
    {
        public IndexEntry(int keyStart, int valueStart)
        {
            KeyStart = keyStart;
            ValueStart = valueStart;
        }

        /// <summary>The byte offset of the member's name, or of the item.</summary>
        public int KeyStart { get; }

        /// <summary>The byte offset of the member's value, or of the item.</summary>
        public int ValueStart { get; }
    }

    /// <summary>Follows keys by indentation; good enough to land on the right line of block-style YAML.</summary>
    private int? FindYaml(string[] segments)
    {
        int lineIndex = 0;
        int parentIndent = -1;
        int? best = null;
        foreach (string segment in segments)
        {
            bool found = false;
            for (; lineIndex < _text.Lines.Count; lineIndex++)
            {
                string line = _text.Lines[lineIndex].ToString();
                string content = line.TrimStart(' ');
                if (content.Length == 0 || content[0] == '#')
                {
                    continue;
                }

                int indent = line.Length - content.Length;
                if (best is not null && indent <= parentIndent)
                {
                    return best;
                }

                string key = content.StartsWith("- ", StringComparison.Ordinal) ? content.Substring(2) : content;
                if (key.StartsWith(segment + ":", StringComparison.Ordinal)
                    || key.StartsWith("\"" + segment + "\":", StringComparison.Ordinal)
                    || key.StartsWith("'" + segment + "':", StringComparison.Ordinal))
                {
                    best = _text.Lines[lineIndex].Start + indent;
                    parentIndent = indent;
                    lineIndex++;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return best;
            }
        }

        return best;
    }
}
