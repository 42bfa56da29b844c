using System.Text;

namespace Monitoring.Feeds.Tests;

/// <summary>
/// Charsets and byte-order marks (XML 1.0 appendix F): the BOM wins, then the XML declaration,
/// then the Content-Type charset, then UTF-8; mislabelled bytes must still come out readable.
/// </summary>
public sealed class TextDecodingTests
{
    private static string Feed(string title) => $"<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Utf8_bom_is_removed_and_beats_a_wrong_content_type_charset()
    {
        var body = Bytes([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Feed("caf\u00e9")));
        Assert.Equal(Feed("caf\u00e9"), TextDecoding.Decode(body, "application/rss+xml; charset=iso-8859-1"));
        Assert.Equal("caf\u00e9", FeedParser.Parse(body, "application/rss+xml; charset=iso-8859-1", null).Title);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_reads()
    {
        var body = Bytes([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(Feed("\u65e5\u672c")));
        Assert.Equal(Feed("\u65e5\u672c"), TextDecoding.Decode(body, null));
        Assert.Equal("\u65e5\u672c", FeedParser.Parse(body, null, null).Title);
    }

    [Fact]
    public void Utf16_little_endian_without_bom_is_recognised_by_its_first_character()
    {
        var body = Encoding.Unicode.GetBytes(Feed("\u041c\u0438\u0440"));
        Assert.Equal(Feed("\u041c\u0438\u0440"), TextDecoding.Decode(body, null));
        Assert.Equal("\u041c\u0438\u0440", FeedParser.Parse(body, null, null).Title);
    }

    [Fact]
    public void Utf16_big_endian_without_bom_is_recognised_by_its_first_character()
    {
        var body = Encoding.BigEndianUnicode.GetBytes(Feed("\u041c\u0438\u0440"));
        Assert.Equal(Feed("\u041c\u0438\u0440"), TextDecoding.Decode(body, null));
        Assert.Equal("\u041c\u0438\u0440", FeedParser.Parse(body, null, null).Title);
    }

    [Fact]
    public void A_single_utf16_character_is_decoded_in_either_byte_order()
    {
        Assert.Equal("<", TextDecoding.Decode([(byte)'<', 0], null));
        Assert.Equal("<", TextDecoding.Decode([0, (byte)'<'], null));
    }

    [Fact]
    public void Declared_cyrillic_charset_is_honoured_over_the_windows1252_guess()
    {
        var body = Encoding.GetEncoding("windows-1251").GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + Feed("\u041d\u043e\u0432\u043e\u0441\u0442\u0438"));
        Assert.Equal("\u041d\u043e\u0432\u043e\u0441\u0442\u0438", FeedParser.Parse(body, null, null).Title);
    }

    [Fact]
    public void Xml_declaration_beats_the_content_type_charset()
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + Feed("\u041c\u0438\u0440"));
        Assert.Equal("\u041c\u0438\u0440", FeedParser.Parse(body, "text/xml; charset=windows-1251", null).Title);
    }

    [Fact]
    public void Declared_utf16_in_a_single_byte_body_is_ignored()
    {
        // Re-encoded to UTF-8 by a proxy or CMS, the declaration still says utf-16.
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + Feed("na\u00efve"));
        Assert.Equal("na\u00efve", FeedParser.Parse(body, null, null).Title);
    }

    [Theory]
    [InlineData("Shift_JIS", "\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9")]
    [InlineData("EUC-JP", "\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9")]
    [InlineData("GBK", "\u4e2d\u6587\u65b0\u95fb")]
    [InlineData("GB18030", "\u4e2d\u6587\u65b0\u95fb")]
    [InlineData("Big5", "\u4e2d\u6587\u65b0\u805e")]
    [InlineData("EUC-KR", "\ud55c\uad6d\uc5b4 \ub274\uc2a4")]
    [InlineData("ks_c_5601-1987", "\ud55c\uad6d\uc5b4 \ub274\uc2a4")]
    public void Declared_east_asian_multibyte_charsets_are_honoured(string charset, string title)
    {
        var encoding = Encoding.GetEncoding(charset);
        var body = encoding.GetBytes($"<?xml version=\"1.0\" encoding=\"{charset}\"?>" + Feed(title));
        Assert.Equal(title, FeedParser.Parse(body, null, null).Title);
    }

    [Fact]
    public void Mostly_utf8_with_one_stray_byte_keeps_its_characters()
    {
        var body = Bytes(Encoding.UTF8.GetBytes("<t>na\u00efve caf\u00e9 "), [0xFF], Encoding.UTF8.GetBytes("</t>"));
        Assert.Equal("<t>na\u00efve caf\u00e9 \ufffd</t>", TextDecoding.Decode(body, null));
    }

    [Fact]
    public void As_many_bad_bytes_as_good_characters_means_windows1252()
    {
        // One valid UTF-8 sequence (C3 A9) and one invalid byte: no majority, so the legacy reading wins.
        var body = Bytes(Encoding.ASCII.GetBytes("<t>"), [0xC3, 0xA9, 0x20, 0xE9], Encoding.ASCII.GetBytes("</t>"));
        Assert.Equal("<t>\u00c3\u00a9 \u00e9</t>", TextDecoding.Decode(body, null));
    }

    [Fact]
    public void Ascii_control_characters_do_not_count_as_decoded_text()
    {
        // DEL is ASCII: two of them must not outvote the one byte that is not UTF-8.
        var body = Bytes(Encoding.ASCII.GetBytes("<t>\u007f\u007fcaf"), [0xE9], Encoding.ASCII.GetBytes("</t>"));
        Assert.Equal("<t>\u007f\u007fcaf\u00e9</t>", TextDecoding.Decode(body, null));
    }
}
