using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace TriviaApi.Importing;

/// <summary>
/// Reads a trivia file: UTF-8 (with or without BOM), one fact per line (LF or CRLF), blank lines ignored.
/// Refuses, naming file and line, what is not such a file: invalid UTF-8, binary data, no facts, over-long lines.
/// </summary>
public static class TriviaFileReader
{
    public const int MaxLineLength = 10_000;

    /// <summary>The characters <see cref="char.IsControl(char)"/> calls control characters, but the tab, which a line may hold.</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\t')]);

    public static IReadOnlyList<TriviaLine> Read(string path) => Read(Path.GetFileName(path), File.ReadAllBytes(path));

    /// <summary>Checks and splits a file's bytes, read by the caller; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<TriviaLine> Read(string name, byte[] bytes)
    {
        var lines = new List<TriviaLine>();
        Walk(name, bytes, lines);
        return lines;
    }

    /// <summary>
    /// How many facts a file holds, checked as <see cref="Read(string, byte[])"/> checks it (the same refusals), without
    /// keeping its lines: for the check of every file before an import, which reads each again when it reaches it.
    /// </summary>
    public static int Check(string name, byte[] bytes) => Walk(name, bytes, null);

    /// <summary>Checks a file's lines one by one, adding its facts to <paramref name="lines"/> when given; returns how many it holds.</summary>
    private static int Walk(string name, byte[] bytes, List<TriviaLine>? lines)
    {
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = bytes.AsSpan(bom);

        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ImportException(name, LineAt(body, nul), "binary data (a NUL byte): a trivia file is UTF-8 text, one fact per line.");
        }

        var invalid = FirstInvalidUtf8(body);
        if (invalid >= 0)
        {
            throw new ImportException(name, LineAt(body, invalid), "bytes that are not valid UTF-8; save the file as UTF-8.");
        }

        var text = Encoding.UTF8.GetString(body);
        var (number, facts) = (0, 0);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text.AsSpan(range);
            line = line.EndsWith('\r') ? line[..^1] : line;
            if (line.Length > MaxLineLength)
            {
                throw new ImportException(name, number, $"line of {line.Length:N0} characters; the limit is {MaxLineLength:N0}.");
            }

            if (line.ContainsAny(ControlCharacters))
            {
                throw new ImportException(name, number, "control characters: a trivia file is plain text, one fact per line.");
            }

            if (!line.IsWhiteSpace())
            {
                facts++;
                lines?.Add(new TriviaLine(number, line.ToString()));
            }
        }

        return facts > 0 ? facts : throw new ImportException(name, null, "no facts: the file is empty or blank.");
    }

    /// <summary>
    /// How many facts a file holds (its lines that are not blank), without checking it: for a file known to be as it
    /// was when last checked, whose facts an import skips and only counts.
    /// </summary>
    /// <remarks>
    /// Compiled optimized from its first call: a re-import of unchanged files runs it once per file in a process that
    /// ends before tiered compilation would promote it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountFacts(byte[] bytes)
    {
        // On the bytes, a line at a time: decoding the whole file to count its lines costs more than reading it.
        var body = bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0);
        var count = 0;
        while (true)
        {
            var end = body.IndexOf((byte)'\n');
            if (HasFact(end < 0 ? body : body[..end]))
            {
                count++;
            }

            if (end < 0)
            {
                return count;
            }

            body = body[(end + 1)..];
        }
    }

    /// <summary>
    /// Whether a line is not blank, as <see cref="Read(string, byte[])"/> judges it: a fact's first byte settles it;
    /// only a line of ASCII spaces reaching a non-ASCII character is decoded, for the spaces Unicode has beyond ASCII.
    /// </summary>
    private static bool HasFact(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b >= 0x80)
            {
                return !string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return true;
            }
        }

        return false;
    }

    private static int LineAt(ReadOnlySpan<byte> body, int offset) => body[..Math.Min(offset, body.Length)].Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> body)
    {
        // The common case, valid text, in one vectorised pass; the slow walk only finds where it goes wrong.
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return -1;
        }

        for (var offset = 0; offset < body.Length;)
        {
            if (Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
