using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using StayHub.Framework.Emailing;

namespace StayHub.Framework.Tests.Emailing;

public sealed class PickupFolderEmailTransportTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "stayhub-mail-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_a_parsable_eml_file_under_the_content_root_by_default()
    {
        var transport = new PickupFolderEmailTransport(Options.Create(new EmailOptions()), new Environment(root), TimeProvider.System);

        await transport.DeliverAsync(new EmailMessage("eve@example.test", "Reset your password", "<p>Hi &lt;b&gt;</p>", "Hi <b>"), CancellationToken.None);

        transport.Folder.ShouldBe(Path.Combine(root, ".data", "mail"));
        var file = Directory.GetFiles(transport.Folder).ShouldHaveSingleItem();
        Path.GetExtension(file).ShouldBe(".eml");
        using var message = await MimeMessage.LoadAsync(file);
        message.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("no-reply@stayhub.local");
        message.From.Mailboxes.Single().Name.ShouldBe("StayHub");
        message.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("eve@example.test");
        message.Subject.ShouldBe("Reset your password");
        message.TextBody.ShouldBe("Hi <b>");
        message.HtmlBody.ShouldBe("<p>Hi &lt;b&gt;</p>");
    }

    [Fact]
    public async Task A_configured_folder_is_used_and_each_message_gets_its_own_file()
    {
        var folder = Path.Combine(root, "outbox");
        var transport = new PickupFolderEmailTransport(Options.Create(new EmailOptions { PickupFolder = folder }), new Environment(Path.Combine(root, "app")), TimeProvider.System);

        await transport.DeliverAsync(new EmailMessage("a@example.test", "One", "<p>1</p>", "1"), CancellationToken.None);
        await transport.DeliverAsync(new EmailMessage("b@example.test", "Two", "<p>2</p>", "2"), CancellationToken.None);

        Directory.GetFiles(folder, "*.eml").Length.ShouldBe(2);
        Directory.GetFiles(folder, "*.tmp").ShouldBeEmpty();
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "StayHub.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
