namespace Kumo.UpCloud.Cli.Output;

// "Label:  value" lines with the values aligned, for one object (a token, the account).
internal sealed class KeyValueList
{
    private readonly List<(string Key, string Value)> _entries = [];

    public KeyValueList Add(string key, string value)
    {
        _entries.Add((key, value));
        return this;
    }

    public void WriteTo(TextWriter writer, string indent = "")
    {
        int width = 0;
        foreach ((string key, _) in _entries)
        {
            width = Math.Max(width, key.Length + 1);
        }

        foreach ((string key, string value) in _entries)
        {
            writer.Write(indent);
            writer.Write((key + ":").PadRight(width));
            writer.Write("  ");
            writer.WriteLine(value);
        }
    }
}
