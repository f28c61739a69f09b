using StayHub.Framework.Emailing;

namespace StayHub.Framework.Tests.Emailing;

public sealed class EmailTemplateRendererTests
{
    private static readonly EmailTemplate Greeting = new(typeof(EmailTemplateRendererTests).Assembly, "StayHub.Framework.Tests.Emailing.Templates.Greeting");
    private static readonly EmailTemplate Broken = new(typeof(EmailTemplateRendererTests).Assembly, "StayHub.Framework.Tests.Emailing.Templates.Broken");

    private readonly EmailTemplateRenderer renderer = new();

    [Fact]
    public void Values_are_html_encoded_in_the_html_body_and_verbatim_in_the_text_body()
    {
        var message = renderer.Render(Greeting, "eve@example.test", "Hi {{name}}", new Dictionary<string, string>
        {
            ["name"] = "<b>Eve</b> & \"Co\" 'x'",
            ["link"] = "https://app.test/x?a=1&b=2",
        });

        message.To.ShouldBe("eve@example.test");
        message.HtmlBody.ShouldContain("<p>Hello &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot; &#x27;x&#x27;,</p>");
        message.HtmlBody.ShouldNotContain("<b>Eve</b>");
        message.HtmlBody.ShouldContain("href=\"https://app.test/x?a=1&amp;b=2\"");
        message.TextBody.ShouldContain("Hello <b>Eve</b> & \"Co\" 'x',");
        message.TextBody.ShouldContain("Open: https://app.test/x?a=1&b=2");
        message.Subject.ShouldBe("Hi <b>Eve</b> & \"Co\" 'x'", "the subject is a plain-text header");
    }

    [Fact]
    public void Every_occurrence_is_replaced_and_whitespace_inside_braces_is_allowed()
    {
        var message = renderer.Render(Greeting, "a@example.test", "s", new Dictionary<string, string> { ["name"] = "Ada", ["link"] = "l" });

        message.HtmlBody.ShouldBe("<p>Hello Ada,</p>\n<p><a href=\"l\">Open</a> — Ada</p>\n");
        message.HtmlBody.ShouldNotContain("{{");
    }

    [Fact]
    public void Non_latin_text_stays_readable_in_html()
    {
        var message = renderer.Render(Greeting, "a@example.test", "s", new Dictionary<string, string> { ["name"] = "Zoë 東京", ["link"] = "l" });

        message.HtmlBody.ShouldContain("Hello Zoë 東京,");
    }

    [Fact]
    public void A_placeholder_without_a_value_throws_naming_it()
    {
        var ex = Should.Throw<InvalidOperationException>(() =>
            renderer.Render(Broken, "a@example.test", "s", new Dictionary<string, string> { ["name"] = "Ada" }));

        ex.Message.ShouldContain("{{code}}");
        ex.Message.ShouldContain("Broken.html");
    }

    [Fact]
    public void A_subject_placeholder_without_a_value_throws()
    {
        Should.Throw<InvalidOperationException>(() =>
            renderer.Render(Greeting, "a@example.test", "Hi {{who}}", new Dictionary<string, string> { ["name"] = "Ada", ["link"] = "l" }))
            .Message.ShouldContain("{{who}}");
    }

    [Fact]
    public void Extra_values_are_ignored()
    {
        var message = renderer.Render(Greeting, "a@example.test", "s", new Dictionary<string, string> { ["name"] = "Ada", ["link"] = "l", ["unused"] = "x" });

        message.TextBody.ShouldBe("Hello Ada,\nOpen: l\n");
    }

    [Fact]
    public void A_missing_template_resource_throws_naming_it()
    {
        var missing = new EmailTemplate(typeof(EmailTemplateRendererTests).Assembly, "StayHub.Framework.Tests.Emailing.Templates.Nope");

        Should.Throw<InvalidOperationException>(() => renderer.Render(missing, "a@example.test", "s", new Dictionary<string, string>()))
            .Message.ShouldContain("Templates.Nope.html");
    }
}
