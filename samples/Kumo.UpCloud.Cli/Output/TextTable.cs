namespace Kumo.UpCloud.Cli.Output;

// A plain-text table: a header row and left-aligned columns separated by two spaces.
// Small on purpose: the tool stays free of a console UI dependency and of ANSI escapes, so its
// output reads the same in a terminal, a CI log and a file.
internal sealed class TextTable
{
    private const string ColumnGap = "  ";

    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        _headers = headers;
    }

    public void AddRow(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row needs {_headers.Length} cells; {cells.Length} were given.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer)
    {
        int[] widths = new int[_headers.Length];
        for (int column = 0; column < _headers.Length; column++)
        {
            widths[column] = _headers[column].Length;
            foreach (string[] row in _rows)
            {
                widths[column] = Math.Max(widths[column], row[column].Length);
            }
        }

        WriteRow(writer, _headers, widths);
        foreach (string[] row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        for (int column = 0; column < cells.Length; column++)
        {
            bool last = column == cells.Length - 1;
            writer.Write(last ? cells[column] : cells[column].PadRight(widths[column]));
            if (!last)
            {
                writer.Write(ColumnGap);
            }
        }

        writer.WriteLine();
    }
}
