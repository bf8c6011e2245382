using System.Security.Cryptography;
using System.Text;
using TriviaApi.Api.Resources;
using TriviaApi.Facts;
using TriviaApi.Features.Embed;

namespace TriviaApi.Tests.Features.Embed;

public class TriviaCardTests
{
    private static readonly TriviaFactResponse Fact = new(
        7,
        "O diretor escreveu <script>alert('oi')</script> & \"aspas\" no roteiro de Ação & Reação.",
        "pt-BR",
        new FilmRef(3, "acao-e-reacao", "Ação & Reação", 1999),
        [],
        [],
        [],
        [new TagRef("production", "Produção", "Production")],
        new SourceRef("acao-e-reacao.pt-BR.txt", 1));

    [Fact]
    public void Markup_in_a_fact_is_shown_as_text()
    {
        var html = TriviaCard.Render(Fact, "auto");

        Assert.Contains("&lt;script&gt;alert(&#x27;oi&#x27;)&lt;/script&gt; &amp; &quot;aspas&quot;", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Accented_letters_stay_as_written()
    {
        var html = TriviaCard.Render(Fact, "auto");

        Assert.Contains("Ação &amp; Reação</strong> (1999)", html);
        Assert.Contains("<li>Produção</li>", html);
    }

    [Fact]
    public void The_page_is_portuguese_themed_and_holds_nothing_for_developers()
    {
        var html = TriviaCard.Render(Fact, "dark");

        Assert.Contains("<html lang=\"pt-BR\" data-theme=\"dark\">", html);
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("JSON", html);
    }

    [Fact]
    public void The_page_names_no_other_host()
    {
        var html = TriviaCard.Render(Fact, "auto");

        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public void The_content_security_policy_allows_exactly_the_cards_style()
    {
        var html = TriviaCard.Render(Fact, "auto");
        var style = html[(html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length)..html.IndexOf("</style>", StringComparison.Ordinal)];

        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", TriviaCard.ContentSecurityPolicy);
        Assert.Contains("default-src 'none'", TriviaCard.ContentSecurityPolicy);
    }
}
