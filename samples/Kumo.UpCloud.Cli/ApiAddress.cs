using Kumo.OpenApi.Runtime.Authentication;

namespace Kumo.UpCloud.Cli;

// --api-url: where requests (and so credentials) go. The runtime's CredentialGuard decides what is
// safe; this turns its refusal into a usage message instead of an exception.
internal static class ApiAddress
{
    public static bool TryParse(string? text, out Uri address, out string error)
    {
        address = null!;
        error = "--api-url must be an absolute https URL such as https://api.upcloud.com "
            + "(plain http only to localhost, 127.0.0.1 or ::1, e.g. a local emulator), without user:password@.";
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? parsed))
        {
            return false;
        }

        try
        {
            CredentialGuard.EnsureSafeBaseAddress(parsed);
        }
        catch (ArgumentException)
        {
            return false;
        }

        address = parsed;
        error = string.Empty;
        return true;
    }

    // scheme://host:port only: a path or query could hold something private.
    public static string Origin(Uri address) => address.GetLeftPart(UriPartial.Authority);
}
