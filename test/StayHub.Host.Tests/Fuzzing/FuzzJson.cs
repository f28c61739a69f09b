using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>
/// Writes generated JSON itself: every non-ASCII character as a <c>\uXXXX</c> escape, so a lone surrogate or a NUL
/// reaches the server as the JSON text a hostile client would send (System.Text.Json refuses to write those).
/// </summary>
public static class FuzzJson
{
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (name, value) in obj)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(name, builder);
                    builder.Append(':');
                    Write(value, builder);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(array[i], builder);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, builder);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder builder)
    {
        if (value.TryGetValue<RawJson>(out var raw))
        {
            builder.Append(raw.Text);
        }
        else if (value.TryGetValue<string>(out var text))
        {
            WriteString(text, builder);
        }
        else if (value.TryGetValue<bool>(out var flag))
        {
            builder.Append(flag ? "true" : "false");
        }
        else if (value.TryGetValue<long>(out var integer))
        {
            builder.Append(integer.ToString(CultureInfo.InvariantCulture));
        }
        else if (value.TryGetValue<double>(out var number))
        {
            builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(value.ToJsonString());
        }
    }

    private static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>The text of a JSON value as it would stand in a URL (strings bare, arrays comma-joined).</summary>
    public static string AsParameterText(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => string.Join(",", a.Select(AsParameterText)),
        _ => Write(node),
    };

    /// <summary>Percent-encodes a URL part byte by byte; a lone surrogate becomes its (invalid) CESU-8 bytes.</summary>
    public static string PercentEncode(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            byte[] bytes;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes = Encoding.UTF8.GetBytes(text.Substring(i++, 2));
            }
            else if (char.IsSurrogate(c))
            {
                bytes = [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))];
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~')
            {
                builder.Append(c);
                continue;
            }
            else
            {
                bytes = Encoding.UTF8.GetBytes(c.ToString());
            }

            foreach (var b in bytes)
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
