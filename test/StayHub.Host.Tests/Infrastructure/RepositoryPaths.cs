namespace StayHub.Host.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for tests that read files kept in the repository (bench SQL, sources).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "aspnet-core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("aspnet-core.sln not found above " + AppContext.BaseDirectory);
    }
}
