using System.Collections.Frozen;
using System.Text.Json;

namespace StayHub.Framework.Domain;

/// <summary>
/// The text form of a status enum: its member names in snake_case (<c>PartiallyRefunded</c> ↔
/// <c>partially_refunded</c>), which is what the API contract publishes and what the status columns hold. One
/// spelling rule for every status, so an enum and its column cannot drift apart member by member.
/// </summary>
public static class EnumText
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string ToText<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        Texts<TEnum>.ByValue.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    /// <summary>Every text form of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllOf<TEnum>()
        where TEnum : struct, Enum => Texts<TEnum>.All;

    /// <summary>Reads a text form; <c>false</c> for anything that is not exactly one of <see cref="AllOf{TEnum}"/>.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Texts<TEnum>.ByText.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a text form that must be valid (a stored column): anything else is a corrupt row, not a 4xx.</summary>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    /// <summary>Computed once per enum type.</summary>
    private static class Texts<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByText =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<TEnum>().Select(v => ByValue[v])];
    }
}
