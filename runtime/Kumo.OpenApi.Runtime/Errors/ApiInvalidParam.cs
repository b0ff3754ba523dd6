namespace Kumo.OpenApi.Runtime;

/// <summary>
/// One entry of the <c>invalid_params</c> list of an RFC 7807 problem document: a request parameter the API rejected.
/// </summary>
/// <param name="Name">The name of the rejected parameter, for example <c>expires_at</c>; empty when the API did not send one.</param>
/// <param name="Reason">Why the API rejected it; empty when the API did not send a reason.</param>
public sealed record ApiInvalidParam(string Name, string Reason);
