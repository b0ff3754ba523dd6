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
    private byte[]? _utf8;

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

    /// <summary>Descends the JSON one segment at a time; returns the char offset of the deepest segment found.</summary>
    private int? FindJson(string[] segments)
    {
        _utf8 ??= Encoding.UTF8.GetBytes(_text.ToString());
        Utf8JsonReader reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        long best = -1;
        try
        {
            reader.Read();
            foreach (string segment in segments)
            {
                if (!(reader.TokenType == JsonTokenType.StartObject ? FindProperty(ref reader, segment)
                    : reader.TokenType == JsonTokenType.StartArray && FindItem(ref reader, segment)))
                {
                    break;
                }

                best = reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                }
            }
        }
        catch (JsonException)
        {
        }

        return best < 0 ? null : ToCharOffset(best);
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

    private int ToCharOffset(long byteOffset) =>
        byteOffset <= 0 ? 0 : Encoding.UTF8.GetCharCount(_utf8!, 0, (int)byteOffset);

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
