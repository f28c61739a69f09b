namespace StayHub.ArchitectureTests;

/// <summary>The checkout the tests run from (the folder holding <c>aspnet-core.sln</c>), for rules read from sources.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "aspnet-core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("aspnet-core.sln not found above the test binaries.");
    }
}
