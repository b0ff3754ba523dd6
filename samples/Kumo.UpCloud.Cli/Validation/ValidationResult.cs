namespace Kumo.UpCloud.Cli.Validation;

// The outcome of checking a command line before anything is sent: a value, or every problem found
// (reported together, so a user fixes them in one go).
internal sealed class ValidationResult<T>
    where T : class
{
    private ValidationResult(T? value, IReadOnlyList<string> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<string> Errors { get; }

    public static ValidationResult<T> Success(T value) => new(value, []);

    public static ValidationResult<T> Failure(IReadOnlyList<string> errors) => new(null, errors);
}
