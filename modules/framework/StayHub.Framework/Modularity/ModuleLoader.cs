namespace StayHub.Framework.Modularity;

public static class ModuleLoader
{
    /// <summary>
    /// Instantiates the root modules and everything they depend on, dependencies first, each once.
    /// A dependency cycle is a programming error and fails fast with the cycle named.
    /// </summary>
    public static IReadOnlyList<StayHubModule> Load(IEnumerable<Type> rootModules)
    {
        var ordered = new List<StayHubModule>();
        var done = new HashSet<Type>();
        var visiting = new List<Type>();
        foreach (var root in rootModules)
        {
            Visit(root, ordered, done, visiting);
        }

        return ordered;
    }

    private static void Visit(Type type, List<StayHubModule> ordered, HashSet<Type> done, List<Type> visiting)
    {
        if (done.Contains(type))
        {
            return;
        }

        if (!typeof(StayHubModule).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new InvalidOperationException($"{type.FullName} is not a concrete StayHubModule.");
        }

        if (visiting.Contains(type))
        {
            var cycle = string.Join(" -> ", visiting.SkipWhile(t => t != type).Append(type).Select(t => t.Name));
            throw new InvalidOperationException($"Module dependency cycle: {cycle}");
        }

        visiting.Add(type);
        var module = (StayHubModule)Activator.CreateInstance(type)!;
        foreach (var dependency in module.DependsOn)
        {
            Visit(dependency, ordered, done, visiting);
        }

        visiting.RemoveAt(visiting.Count - 1);
        done.Add(type);
        ordered.Add(module);
    }
}
