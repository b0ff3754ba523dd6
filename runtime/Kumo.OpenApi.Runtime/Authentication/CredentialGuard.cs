using System;
using System.Globalization;
using System.Net;
using System.Net.Http;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// The checks the authentication handlers make before they attach credentials: the API base address must use https
/// (plain http only to a loopback host), and credentials go only to the base address's own origin.
/// </summary>
public static class CredentialGuard
{
    /// <summary>
    /// Checks that credentials may be sent to <paramref name="apiBaseAddress"/>: an absolute <c>https</c> URI, or an
    /// <c>http</c> URI whose host is loopback (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>::1</c>), without user information.
    /// </summary>
    /// <param name="apiBaseAddress">The API base address, for example <c>https://api.upcloud.com/</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="apiBaseAddress"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The address is relative, not http(s), contains user information, or uses plain http to a host that is not loopback.</exception>
    public static void EnsureSafeBaseAddress(Uri apiBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(apiBaseAddress);
        if (!apiBaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The API base address must be an absolute URI such as https://api.upcloud.com/.", nameof(apiBaseAddress));
        }

        bool https = string.Equals(apiBaseAddress.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
        bool http = string.Equals(apiBaseAddress.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);
        if (!https && !http)
        {
            throw new ArgumentException(
                $"The API base address must use https (or http to a loopback host); '{apiBaseAddress.Scheme}' was given.",
                nameof(apiBaseAddress));
        }

        if (!string.IsNullOrEmpty(apiBaseAddress.UserInfo))
        {
            throw new ArgumentException(
                "The API base address must not contain user information (user:password@): pass credentials to the authentication handler instead.",
                nameof(apiBaseAddress));
        }

        if (http && !IsLoopback(apiBaseAddress))
        {
            throw new ArgumentException(
                $"The API base address {DescribeOrigin(apiBaseAddress)} uses plain http to a host that is not loopback, so credentials would cross the network unencrypted. "
                + "Use https, or plain http only with localhost, 127.0.0.0/8 or ::1 (for example a local mock server).",
                nameof(apiBaseAddress));
        }
    }

    /// <summary>
    /// Whether <paramref name="requestUri"/> has the same scheme, host and port as <paramref name="apiBaseAddress"/>
    /// (default ports included: <c>https://h/</c> and <c>https://h:443/</c> are one origin). Relative URIs are never
    /// the same origin.
    /// </summary>
    /// <param name="apiBaseAddress">The API base address.</param>
    /// <param name="requestUri">The URI a request is about to be sent to.</param>
    /// <returns><see langword="true"/> when credentials for <paramref name="apiBaseAddress"/> may be attached.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool IsSameOrigin(Uri apiBaseAddress, Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(apiBaseAddress);
        ArgumentNullException.ThrowIfNull(requestUri);
        if (!apiBaseAddress.IsAbsoluteUri || !requestUri.IsAbsoluteUri)
        {
            return false;
        }

        return string.Equals(apiBaseAddress.Scheme, requestUri.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(apiBaseAddress.IdnHost, requestUri.IdnHost, StringComparison.OrdinalIgnoreCase)
            && apiBaseAddress.Port == requestUri.Port;
    }

    /// <summary>Whether the host of an absolute URI is <c>localhost</c>, in <c>127.0.0.0/8</c>, or <c>::1</c>.</summary>
    internal static bool IsLoopback(Uri uri)
    {
        string host = uri.DnsSafeHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6) || !IPAddress.TryParse(host, out IPAddress? address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// Refuses a request that would carry an <c>Authorization</c> header over plain http to a host that is not
    /// loopback: such a request is never sent.
    /// </summary>
    internal static void EnsureNoCleartextCredentials(HttpRequestMessage request)
    {
        Uri? uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri || !request.Headers.NonValidated.Contains("Authorization"))
        {
            return;
        }

        if (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && !IsLoopback(uri))
        {
            throw new InvalidOperationException(
                $"Refusing to send credentials over plain http to {DescribeOrigin(uri)}, which is not a loopback host. Use https.");
        }
    }

    /// <summary>
    /// Removes the <c>Authorization</c> header a handler attached, once the request is done: the request object lives
    /// on (as <c>response.RequestMessage</c>, in a debugger, in a log) and must not carry the secret there.
    /// </summary>
    internal static void RemoveAttachedCredentials(HttpRequestMessage request, bool attached)
    {
        if (attached)
        {
            request.Headers.Authorization = null;
        }
    }

    /// <summary>scheme://host:port of an absolute URI; never user information, path or query (they may hold secrets).</summary>
    internal static string DescribeOrigin(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return "(relative URI)";
        }

        string host = uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.DnsSafeHost + "]" : uri.Host;
        return uri.Scheme + "://" + host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
    }
}
