using System.Globalization;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// One cell of the matrix: <c>2xx</c> (any success), or an exact status (<c>302</c>, <c>401</c>, <c>403</c>, <c>404</c>,
/// <c>409</c>, …), optionally followed by the Problem Details <c>code</c> the answer must carry (<c>409 identity.already_host</c>).
/// </summary>
public sealed record MatrixExpectation(int? Status, string? Code)
{
    public bool IsSuccess => Status is null;

    public static MatrixExpectation Parse(string cell)
    {
        var parts = cell.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            throw new FormatException($"A matrix cell is '2xx' or a status with an optional code, not '{cell}'.");
        }

        if (parts[0] == "2xx")
        {
            return parts.Length == 1 ? new MatrixExpectation(null, null) : throw new FormatException($"'2xx' takes no code: '{cell}'.");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 200 or > 599)
        {
            throw new FormatException($"'{parts[0]}' is not a status in the matrix cell '{cell}'.");
        }

        return new MatrixExpectation(status, parts.Length == 2 ? parts[1] : null);
    }

    /// <summary>Whether an answer with this status (and Problem Details code, when it had one) fulfils the cell.</summary>
    public bool IsMetBy(int status, string? code) =>
        Status is null ? status is >= 200 and < 300 : status == Status && (Code is null || Code == code);

    public override string ToString() => Status is null ? "2xx" : Code is null ? Status.Value.ToString(CultureInfo.InvariantCulture) : $"{Status} {Code}";
}
