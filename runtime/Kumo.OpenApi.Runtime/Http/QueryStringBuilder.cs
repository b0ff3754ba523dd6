using System;
using System.ComponentModel;
using System.Text;

namespace Kumo.OpenApi.Runtime.Http;

/// <summary>Builds a query string in form style; null values are left out, repeated names repeat the parameter.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QueryStringBuilder
{
    private StringBuilder? _builder;

    /// <summary>Adds a string parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        StringBuilder builder = _builder ??= new StringBuilder();
        builder.Append(builder.Length == 0 ? '?' : '&');
        builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>Adds a boolean parameter as <c>true</c>/<c>false</c>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, bool? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds an integer parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, int? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds an integer parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, long? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a number parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, double? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a number parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, float? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a number parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, decimal? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a date-time parameter in RFC 3339 form.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, DateTimeOffset? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a UUID parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, Guid? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a full-date parameter (yyyy-MM-dd).</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, DateOnly? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a URI parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, Uri? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds a byte parameter as base64.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public void Add(string name, byte[]? value) => Add(name, ApiFormat.Text(value));

    /// <summary>Adds one parameter whose values are joined with commas (form style without explode).</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The values already formatted, or null to leave it out.</param>
    public void AddJoined(string name, System.Collections.Generic.IEnumerable<string?>? values)
    {
        if (values is not null)
        {
            Add(name, string.Join(",", values));
        }
    }

    /// <summary>
    /// Adds an object parameter by its members: <c>member=value</c> (form, explode), <c>name=m1,v1,m2,v2</c> (form
    /// without explode) or <c>name[member]=value</c> (deepObject). Array members repeat; objects nested deeper are
    /// sent as JSON text.
    /// </summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    /// <param name="write">The generated writer.</param>
    /// <param name="explode">Whether members become parameters of their own (form style).</param>
    /// <param name="deepObject">Whether the deepObject style is used.</param>
    public void AddObject<T>(string name, T? value, Serialization.JsonWriteAction<T> write, bool explode = true, bool deepObject = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            return;
        }

        System.Collections.Generic.IEnumerable<(string Member, string Text)> members = ApiHttp.FlattenTopLevel(value, write);
        if (!deepObject && !explode)
        {
            string joined = string.Join(",", System.Linq.Enumerable.SelectMany(members, m => new[] { m.Member, m.Text }));
            if (joined.Length > 0)
            {
                Add(name, joined);
            }

            return;
        }

        foreach ((string member, string text) in members)
        {
            Add(deepObject ? name + "[" + member + "]" : member, text);
        }
    }

    /// <summary>The query string, starting with '?', or empty.</summary>
    /// <returns>The query string.</returns>
    public override string ToString() => _builder?.ToString() ?? string.Empty;
}
