namespace Kumo.UpCloud.Cli.Validation;

// Turns the options of 'token create' into the API request, or explains every problem with them.
// The limits are the API's own (name 1-1024 characters, lifetime up to 8760h, at most 100 unique
// IP ranges): checking them here gives a clear message and exit code 2 without a round trip.
internal static class TokenCreateValidator
{
    public const int MaxNameLength = 1024;

    public const int MaxIpRanges = 100;

    public static ValidationResult<CreateTokenRequest> Validate(TokenCreateInput input, DateTimeOffset now)
    {
        var errors = new List<string>();
        var request = new CreateTokenRequest { Name = input.Name ?? string.Empty, CanCreateTokens = input.CanCreateTokens };

        ValidateName(input.Name, errors);
        ValidateExpiry(input, now, request, errors);
        request.AllowedIpRanges = ValidateRanges(input.AllowIpRanges, errors);

        return errors.Count == 0 ? ValidationResult<CreateTokenRequest>.Success(request) : ValidationResult<CreateTokenRequest>.Failure(errors);
    }

    private static void ValidateName(string? name, List<string> errors)
    {
        if (name is null)
        {
            errors.Add("--name is required: a name for the token, e.g. --name terraform (names need not be unique).");
        }
        else if (name.Length == 0)
        {
            errors.Add("--name must not be empty.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add($"--name is {name.Length} characters long; the API allows at most {MaxNameLength}.");
        }
    }

    private static void ValidateExpiry(TokenCreateInput input, DateTimeOffset now, CreateTokenRequest request, List<string> errors)
    {
        if (input.ExpiresIn is not null && input.ExpiresAt is not null)
        {
            errors.Add("Use either --expires-in or --expires-at, not both.");
            return;
        }

        if (input.ExpiresIn is not null)
        {
            if (!ExpiryDuration.TryParse(input.ExpiresIn, out ExpiryDuration? duration, out string error))
            {
                errors.Add(error);
            }
            else if (duration!.UsesDays)
            {
                // The API's expires_in has no day unit: send the moment instead, as upctl does.
                request.ExpiresAt = TruncateToSeconds(now + duration.Duration);
            }
            else
            {
                // Pure h/m/s goes as expires_in, so the API's own clock decides the expiry.
                request.ExpiresIn = duration.Text;
            }

            return;
        }

        if (input.ExpiresAt is not null)
        {
            if (!ExpiryTimestamp.TryParse(input.ExpiresAt, out DateTimeOffset expiresAt))
            {
                errors.Add($"--expires-at must be an RFC 3339 timestamp with a time zone, such as 2025-12-01T00:00:00Z; '{input.ExpiresAt}' is not.");
            }
            else if (expiresAt <= now)
            {
                errors.Add($"--expires-at {input.ExpiresAt} is not in the future.");
            }
            else if (expiresAt > now + ExpiryDuration.Maximum)
            {
                errors.Add($"--expires-at {input.ExpiresAt} is more than one year (8760h) from now, the maximum token lifetime.");
            }
            else
            {
                request.ExpiresAt = expiresAt;
            }

            return;
        }

        errors.Add("Say how long the token lives: --expires-in (e.g. 1h, 24h, 7d, 1h30m) or --expires-at (e.g. 2025-12-01T00:00:00Z).");
    }

    // No --allow-ip-range at all leaves allowed_ip_ranges out of the request: the API then applies the
    // account's IP filters, or allows every address when the account has none.
    private static IReadOnlyList<string>? ValidateRanges(IReadOnlyList<string> ranges, List<string> errors)
    {
        if (ranges.Count == 0)
        {
            return null;
        }

        if (ranges.Count > MaxIpRanges)
        {
            errors.Add($"--allow-ip-range was given {ranges.Count} times; the API allows at most {MaxIpRanges} ranges per token.");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string range in ranges)
        {
            if (!IpRangeText.TryNormalize(range, out string canonical))
            {
                errors.Add($"--allow-ip-range '{range}' is not an IP address (1.2.3.4, 2001:db8::1), a CIDR block (2.3.4.0/24, ::/0) or an address range (10.0.0.1-10.0.0.9).");
            }
            else if (seen.TryGetValue(canonical, out string? earlier))
            {
                errors.Add(string.Equals(earlier, range, StringComparison.Ordinal)
                    ? $"--allow-ip-range '{range}' is given more than once; each range may appear only once."
                    : $"--allow-ip-range '{range}' is the same range as '{earlier}'; each range may appear only once.");
            }
            else
            {
                seen.Add(canonical, range);
            }
        }

        return ranges.ToArray();
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value)
    {
        DateTimeOffset utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
