namespace Kumo.UpCloud.Cli.Validation;

// 'token list --limit N --page P', turned into the API's limit and offset the way upctl does:
// offset = (page - 1) * limit. The API takes 1-100 tokens per page.
internal sealed record TokenPage(int Limit, int Offset)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 100;

    public static ValidationResult<TokenPage> Validate(int limit, int page)
    {
        var errors = new List<string>();
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add($"--limit must be between 1 and {MaxLimit}; {limit} is not.");
        }

        if (page < 1)
        {
            errors.Add($"--page must be 1 or more; {page} is not.");
        }

        if (errors.Count > 0)
        {
            return ValidationResult<TokenPage>.Failure(errors);
        }

        long offset = (long)(page - 1) * limit;
        if (offset > int.MaxValue)
        {
            return ValidationResult<TokenPage>.Failure([$"--page {page} with --limit {limit} is beyond the last possible token."]);
        }

        return ValidationResult<TokenPage>.Success(new TokenPage(limit, (int)offset));
    }
}
