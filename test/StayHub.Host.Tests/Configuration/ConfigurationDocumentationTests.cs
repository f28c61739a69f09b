using System.Reflection;
using System.Text.RegularExpressions;
using StayHub.Host.Tests.Infrastructure;

namespace StayHub.Host.Tests.Configuration;

/// <summary>
/// Every configuration key the production code binds or reads is documented in docs/configuration.md. The keys come
/// from the code itself: each binding call (<c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>,
/// <c>GetSection(section).Get&lt;T&gt;()</c>) is expanded over the public settable properties of its options type,
/// and each direct read (<c>configuration["key"]</c>, <c>GetValue("key")</c>, <c>GetConnectionString("name")</c>)
/// counts as written. A binding written in a form this test cannot resolve fails it too, so a new kind of read
/// cannot slip past unnoticed.
/// </summary>
public sealed partial class ConfigurationDocumentationTests
{
    /// <summary>Sections built at run time from a value the code iterates over (the external sign-in providers).</summary>
    private static readonly Dictionary<string, string[]> InterpolatedSections = new(StringComparer.Ordinal)
    {
        ["$\"Authentication:{provider}\""] = ["Authentication:Google", "Authentication:Facebook"],
    };

    [Fact]
    public void Every_key_the_code_binds_is_in_docs_configuration_md()
    {
        var documented = DocumentedKeys();
        var missing = BoundKeys()
            .Where(bound => !documented.Contains(bound.Key))
            .Select(bound => $"{bound.Key.Replace(":", "__", StringComparison.Ordinal)} ({bound.Source})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Bound but not documented in docs/configuration.md:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_scan_finds_the_bindings_it_is_meant_to_find()
    {
        // Guards the scan itself: a regex that silently stopped matching would make the test above pass on nothing.
        var keys = BoundKeys().Select(bound => bound.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains("Booking:PendingTtl", keys); // AddOptions<T>().BindConfiguration(T.SectionName)
        Assert.Contains("Identity:Tokens:AccessToken", keys); // GetSection("…").Get<T>()
        Assert.Contains("Authentication:Facebook:TrustEmail", keys); // interpolated section
        Assert.Contains("Blob:S3:Bucket", keys); // nested options object
        Assert.Contains("Identity:Clients:StayHubApp:RedirectUris:0", keys); // collection
        Assert.Contains("ForwardedHeaders:KnownProxies", keys); // configuration["…"]
        Assert.Contains("Identity:RequireHttps", keys); // GetValue("…", default)
        Assert.Contains("ConnectionStrings:Default", keys); // GetConnectionString("…")
    }

    private static HashSet<string> DocumentedKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md")))
        {
            if (!line.StartsWith('|'))
            {
                continue;
            }

            // First cell of a table row: `A__B__C`, `…__D` (same prefix as the key before it), …
            var cell = line.Split('|', StringSplitOptions.TrimEntries)[1];
            string? prefix = null;
            foreach (Match match in BacktickedRegex().Matches(cell))
            {
                var key = match.Groups[1].Value.Replace("__", ":", StringComparison.Ordinal);
                if (key.StartsWith('…'))
                {
                    if (prefix is null)
                    {
                        continue;
                    }

                    key = prefix + key.TrimStart('…');
                }

                keys.Add(key);
                prefix = key[..(key.LastIndexOf(':') is var last and >= 0 ? last : 0)];
            }
        }

        return keys;
    }

    private static List<(string Key, string Source)> BoundKeys()
    {
        var types = StayHubTypes();
        var keys = new List<(string Key, string Source)>();
        foreach (var file in ProductionSources())
        {
            var source = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepositoryPaths.Root, file);
            var resolved = 0;

            foreach (Match match in BindingRegex().Matches(source))
            {
                var typeName = match.Groups["type1"].Success ? match.Groups["type1"].Value : match.Groups["type2"].Value;
                var type = Find(types, typeName, name);
                foreach (var section in Sections(match.Groups["section"].Value.Trim(), types, name))
                {
                    keys.AddRange(Expand(section, type).Select(key => (key, name)));
                }

                resolved++;
            }

            foreach (Match match in DirectReadRegex().Matches(source))
            {
                keys.Add((match.Groups["key"].Value, name));
            }

            foreach (Match match in ConnectionStringRegex().Matches(source))
            {
                keys.Add(("ConnectionStrings:" + Literal(match.Groups["name"].Value.Trim(), source, name), name));
            }

            var calls = BindingCallRegex().Count(source);
            Assert.True(calls == resolved, $"{name}: {calls} BindConfiguration/GetSection calls, {resolved} understood — extend {nameof(ConfigurationDocumentationTests)}.");
        }

        return keys;
    }

    private static IEnumerable<string> ProductionSources() =>
        new[] { "modules", "host" }
            .SelectMany(root => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, root), "*.cs", SearchOption.AllDirectories))
            .Where(path =>
            {
                var parts = Path.GetRelativePath(RepositoryPaths.Root, path).Split(Path.DirectorySeparatorChar);
                return !parts.Any(part => part is "obj" or "bin" or "Migrations"
                    || part.EndsWith(".Tests", StringComparison.Ordinal)
                    || part.EndsWith(".Testing", StringComparison.Ordinal));
            });

    private static string[] Sections(string argument, IReadOnlyList<Type> types, string file)
    {
        if (InterpolatedSections.TryGetValue(argument, out var sections))
        {
            return sections;
        }

        if (argument.Length > 1 && argument[0] == '"' && argument[^1] == '"')
        {
            return [argument[1..^1]];
        }

        // `SomeOptions.SectionName`: the constant's value.
        var dot = argument.LastIndexOf('.');
        Assert.True(dot > 0, $"{file}: section argument `{argument}` is neither a literal nor a constant.");
        var field = Find(types, argument[..dot], file).GetField(argument[(dot + 1)..], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        Assert.True(field is { IsLiteral: true }, $"{file}: `{argument}` is not a constant.");
        return [(string)field.GetRawConstantValue()!];
    }

    /// <summary>A string literal, or the value of a constant of that name declared in the same file.</summary>
    private static string Literal(string argument, string source, string file)
    {
        if (argument.Length > 1 && argument[0] == '"' && argument[^1] == '"')
        {
            return argument[1..^1];
        }

        var constant = Regex.Match(source, $@"const string {Regex.Escape(argument)} = ""(?<value>[^""]+)""");
        Assert.True(constant.Success, $"{file}: `{argument}` is neither a literal nor a constant of the file.");
        return constant.Groups["value"].Value;
    }

    private static IEnumerable<string> Expand(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsLeaf(propertyType))
            {
                yield return key;
            }
            else if (ElementType(propertyType) is { } element)
            {
                Assert.True(IsLeaf(element), $"{type.Name}.{property.Name}: collections of objects are not expanded yet.");
                yield return key + ":0";
            }
            else
            {
                foreach (var nested in Expand(key, propertyType))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(TimeOnly) || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static Type Find(IReadOnlyList<Type> types, string name, string file)
    {
        var matches = types.Where(t => t.Name == name).ToList();
        Assert.True(matches.Count == 1, $"{file}: {matches.Count} StayHub types are called {name}.");
        return matches[0];
    }

    private static List<Type> StayHubTypes() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "StayHub.*.dll")
            .Where(path => !Path.GetFileName(path).Contains(".Tests", StringComparison.Ordinal))
            .Select(path => Assembly.LoadFrom(path))
            .SelectMany(assembly => assembly.GetTypes())
            .ToList();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickedRegex();

    // Named options too: AddOptions<T>(T.Name).BindConfiguration(...).
    [GeneratedRegex(@"AddOptions<(?<type1>\w+)>\([\w.]*\)\s*\.BindConfiguration\((?<section>[^)]+)\)|GetSection\((?<section>[^)]+)\)\s*\.Get<(?<type2>\w+)>\(\)")]
    private static partial Regex BindingRegex();

    [GeneratedRegex(@"\.BindConfiguration\(|GetSection\(")]
    private static partial Regex BindingCallRegex();

    [GeneratedRegex(@"[cC]onfiguration\[""(?<key>[^""]+)""\]|\bGetValue(<[^>]+>)?\(""(?<key>[^""]+)""")]
    private static partial Regex DirectReadRegex();

    [GeneratedRegex(@"GetConnectionString\((?<name>[^)]+)\)")]
    private static partial Regex ConnectionStringRegex();
}
