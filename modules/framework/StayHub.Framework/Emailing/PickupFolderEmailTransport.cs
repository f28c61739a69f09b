using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StayHub.Framework.Emailing;

/// <summary>
/// The default without an SMTP host: each message becomes an .eml file (open it in any mail client), so local
/// runs need no mail server and never send real mail by accident.
/// </summary>
internal sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock) : IEmailTransport
{
    public string Folder => Path.GetFullPath(options.Value.PickupFolder is { Length: > 0 } configured
        ? Path.Combine(environment.ContentRootPath, configured)
        : Path.Combine(environment.ContentRootPath, ".data", "mail"));

    public Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken) => DeliverAsync(message, null, cancellationToken);

    public async Task DeliverAsync(EmailMessage message, Func<CancellationToken, Task>? accepted, CancellationToken cancellationToken)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        using var mime = MimeMessages.Create(message, options.Value.FromAddress);
        var name = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.CreateVersion7().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        // Written aside and renamed, so whatever watches the folder never reads half a message.
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
        if (accepted is not null)
        {
            await accepted(cancellationToken);
        }
    }
}
