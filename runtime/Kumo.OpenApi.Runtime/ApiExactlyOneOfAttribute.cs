using System;

namespace Kumo.OpenApi.Runtime;

/// <summary>On a generated request model: exactly one of the named API members must be set (an OpenAPI oneOf of required members).</summary>
/// <remarks>Analyzers read this to report object initializers that set both or neither.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ApiExactlyOneOfAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="names">The members' names in the API.</param>
    public ApiExactlyOneOfAttribute(params string[] names) => Names = names;

    /// <summary>The members' names in the API.</summary>
    public string[] Names { get; }
}
