using System.Security.Cryptography;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>The seed every importer spec quotes: if it changes, the specs' expectations must be revisited with it.</summary>
public class SeedFileTests
{
    private static readonly byte[] Bytes = File.ReadAllBytes(Seed.TextPath);

    [Fact]
    public void The_seed_is_byte_for_byte_the_file_the_specs_were_written_against() =>
        Assert.Equal("5b77a5c6b4dc197cd446a8da4a9ae93f18e8bea46cdf92418466de7f274e6227", Convert.ToHexStringLower(SHA256.HashData(Bytes)));

    [Fact]
    public void The_seed_has_24_lines() =>
        Assert.Equal(24, Seed.Lines.Count);

    [Fact]
    public void No_line_of_the_seed_is_blank() =>
        Assert.All(Seed.Lines, line => Assert.False(string.IsNullOrWhiteSpace(line)));

    [Fact]
    public void The_seed_has_no_byte_order_mark() =>
        Assert.False(Bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));

    [Fact]
    public void The_seed_ends_without_a_newline() =>
        Assert.NotEqual((byte)'\n', Bytes[^1]);
}
