using System;
using System.Text;

namespace Kumo.OpenApi.Generator.Helpers;

/// <summary>An indenting text writer for generated C#; lines always end with '\n' so output is identical on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new StringBuilder();
    private int _indentation;

    public void Indent() => _indentation++;

    public void Unindent()
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("Unbalanced indentation.");
        }

        _indentation--;
    }

    public void OpenBlock()
    {
        WriteLine("{");
        Indent();
    }

    public void CloseBlock(string suffix = "")
    {
        Unindent();
        WriteLine("}" + suffix);
    }

    public void WriteLine() => _builder.Append('\n');

    public void WriteLine(string line)
    {
        if (line.Length == 0)
        {
            _builder.Append('\n');
            return;
        }

        _builder.Append(' ', _indentation * 4).Append(line).Append('\n');
    }

    public override string ToString()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation at the end of a generated file.");
        }

        return _builder.ToString();
    }
}
