using Microsoft.CodeAnalysis;

namespace Kumo.OpenApi.Analyzers;

/// <summary>
/// Every diagnostic the Kumo analyzers report about C# code that uses a generated client or the runtime.
/// IDs are KUMO101 and up (KUMO0xx belong to the generator), tracked in AnalyzerReleases.*.md and documented
/// one page per rule under docs/analyzers/.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string SecurityCategory = "Kumo.Security";
    public const string UsageCategory = "Kumo.Usage";
    public const string ReliabilityCategory = "Kumo.Reliability";

    public const string SecretInSourceId = "KUMO101";
    public const string DiscouragedAuthenticationId = "KUMO102";
    public const string ValueOutOfRangeId = "KUMO103";
    public const string ValueFormatId = "KUMO104";
    public const string ItemsRuleId = "KUMO105";
    public const string ExactlyOneOfId = "KUMO106";
    public const string CleartextCredentialsId = "KUMO107";
    public const string HttpClientPerCallId = "KUMO108";

    private const string HelpLinkBase = "https://github.com/kumo-openapi/kumo/blob/main/docs/analyzers/";

    /// <summary>KUMO101: a token-shaped literal; the code fix reads the token from UPCLOUD_TOKEN instead.</summary>
    public static readonly DiagnosticDescriptor SecretInSource = Create(
        SecretInSourceId,
        "An UpCloud API token is written in source",
        "This literal contains an UpCloud API token (ucat_…); secrets in source end up in version control and build output. Read it from the environment or a secret store, and revoke the token if it was ever committed.",
        SecurityCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO102: {0} is the scheme, {1} the recommendation, both from [DiscouragedAuthentication].</summary>
    public static readonly DiagnosticDescriptor DiscouragedAuthentication = Create(
        DiscouragedAuthenticationId,
        "An authentication scheme the API discourages is configured",
        "'{0}' configures {1} authentication, which the API discourages; use {2} instead",
        SecurityCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO103: {0} is the API member name, {1} says what is wrong (value and limit).</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = Create(
        ValueOutOfRangeId,
        "A constant value is outside the API's range or length limits",
        "'{0}' {1}",
        UsageCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO104: {0} is the API member name, {1} says what is wrong (value and pattern or format).</summary>
    public static readonly DiagnosticDescriptor ValueFormat = Create(
        ValueFormatId,
        "A constant value does not match the API's pattern or format",
        "'{0}' {1}",
        UsageCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO105: {0} is the API member name, {1} says what is wrong (count or duplicate).</summary>
    public static readonly DiagnosticDescriptor ItemsRule = Create(
        ItemsRuleId,
        "A constant list breaks the API's item count or uniqueness rules",
        "'{0}' {1}",
        UsageCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO106: {0} is the type, {1} the C# members involved, {2} says "both" or "none".</summary>
    public static readonly DiagnosticDescriptor ExactlyOneOf = Create(
        ExactlyOneOfId,
        "Exactly one of the mutually exclusive members must be set",
        "{0} needs exactly one of {1}, but {2}",
        UsageCategory,
        DiagnosticSeverity.Error);

    /// <summary>KUMO107: {0} is the handler type, {1} the origin of the base address.</summary>
    public static readonly DiagnosticDescriptor CleartextCredentials = Create(
        CleartextCredentialsId,
        "Credentials would be sent over plain http to a host that is not loopback",
        "{0} would send credentials to {1} over plain http, which is not a loopback host; use https (the handler throws ArgumentException at run time)",
        SecurityCategory,
        DiagnosticSeverity.Warning);

    /// <summary>KUMO108: {0} is the generated client type.</summary>
    public static readonly DiagnosticDescriptor HttpClientPerCall = Create(
        HttpClientPerCallId,
        "A new HttpClient is created for a generated client on every call",
        "A new HttpClient is created for {0} each time this code runs, which can exhaust sockets and ignores DNS changes; register it once with the generated services.Add{0}(…), which uses IHttpClientFactory, and inject it",
        ReliabilityCategory,
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
