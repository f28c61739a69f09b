using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace StayHub.Host.AdminConsole;

/// <summary>
/// The console's files (HTML, ES modules, CSS), embedded in the host assembly so a published host serves them without
/// a wwwroot folder beside it and a test host serves exactly what was built.
/// </summary>
internal sealed class AdminConsoleAssets
{
    private readonly EmbeddedFileProvider files = new(typeof(AdminConsoleAssets).Assembly, "StayHub.Host.AdminConsole.assets");
    private readonly FileExtensionContentTypeProvider contentTypes = new();

    /// <summary>The file named <paramref name="name"/> (a flat name such as <c>app.js</c>) and its content type, or <c>null</c>.</summary>
    public (IFileInfo File, string ContentType)? Find(string name)
    {
        // Flat names only: no folders, so no way to walk out of the console's own files.
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var file = files.GetFileInfo(name);
        if (!file.Exists || !contentTypes.TryGetContentType(name, out var contentType))
        {
            return null;
        }

        return (file, contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType);
    }
}
