using System;

namespace Kumo.OpenApi.Runtime;

/// <summary>Marks a generated property or parameter with its name in the API and the constraints the API description sets on it.</summary>
/// <remarks>Analyzers read these to report constant arguments that break the API's limits before any request is sent.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class ApiMemberAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The member's name in the API.</param>
    public ApiMemberAttribute(string name) => Name = name;

    /// <summary>The member's name in the API.</summary>
    public string Name { get; }

    /// <summary>The minimum string length, or -1.</summary>
    public long MinLength { get; set; } = -1;

    /// <summary>The maximum string length, or -1.</summary>
    public long MaxLength { get; set; } = -1;

    /// <summary>The ECMA-262 regular expression a string must match, or null.</summary>
    public string? Pattern { get; set; }

    /// <summary>The inclusive minimum as invariant text, or null.</summary>
    public string? Minimum { get; set; }

    /// <summary>The inclusive maximum as invariant text, or null.</summary>
    public string? Maximum { get; set; }

    /// <summary>The minimum item count, or -1.</summary>
    public long MinItems { get; set; } = -1;

    /// <summary>The maximum item count, or -1.</summary>
    public long MaxItems { get; set; } = -1;

    /// <summary>Whether items must be unique.</summary>
    public bool UniqueItems { get; set; }

    /// <summary>The description's format (date-time, uuid, ipv4, …), or null.</summary>
    public string? Format { get; set; }

    /// <summary>The regular expression each item of an array must match, or null.</summary>
    public string? ItemPattern { get; set; }

    /// <summary>The format of each item of an array (ipv4, cidr, …), or null.</summary>
    public string? ItemFormat { get; set; }

    /// <summary>The maximum length of each string item, or -1.</summary>
    public long ItemMaxLength { get; set; } = -1;
}
