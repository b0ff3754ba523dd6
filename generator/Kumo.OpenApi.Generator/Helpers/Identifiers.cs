using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kumo.OpenApi.Generator.Helpers;

/// <summary>Turns names from an API description into valid, readable C# identifiers.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> s_keywords = new HashSet<string>
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>PascalCase from snake_case, kebab-case, camelCase, spaces and punctuation; never empty, never starts with a digit.</summary>
    public static string ToPascalCase(string name)
    {
        StringBuilder builder = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>camelCase, escaped with '@' when it is a C# keyword.</summary>
    public static string ToCamelCase(string name)
    {
        string pascal = ToPascalCase(name);
        string camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]).ToString(CultureInfo.InvariantCulture) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier) => s_keywords.Contains(identifier) ? "@" + identifier : identifier;

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string value)
    {
        StringBuilder builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Text made safe for an XML doc comment.</summary>
    public static string XmlEscape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}

/// <summary>Hands out unique names in one scope, adding a number to later duplicates (deterministic for the same input order).</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(params string[] reserved) => _taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);

    public bool IsTaken(string name) => _taken.Contains(name);

    public string Reserve(string desired)
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        for (int i = 2; ; i++)
        {
            string candidate = desired + i.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
