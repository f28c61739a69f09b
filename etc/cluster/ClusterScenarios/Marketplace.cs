using System.Globalization;
using System.Text.Json;

namespace ClusterScenarios;

/// <summary>
/// Sets up what the scenarios act on: users and listings, created through the nodes' own ports. Each user signs up
/// from an address of its own (X-Forwarded-For, trusted from loopback) so set-up never spends the credential
/// endpoints' per-address budget the rate-limit scenario measures.
/// </summary>
internal sealed class Marketplace(StayHubApi api, ClusterSettings settings)
{
    private const string Password = "Blue-Harbour-Lights-88";
    private static int addressCounter;
    private static int userCounter;
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    /// <summary>A fresh client address in 10.0.0.0/8 for this process.</summary>
    public static string NextAddress()
    {
        var n = Interlocked.Increment(ref addressCounter) + (Environment.ProcessId % 200 * 50_000);
        return string.Create(CultureInfo.InvariantCulture, $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}");
    }

    public async Task<IReadOnlyList<TestUser>> UsersAsync(string role, int count, CancellationToken ct)
    {
        var users = new TestUser[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            var n = Interlocked.Increment(ref userCounter);
            users[i] = await UserAsync(string.Create(CultureInfo.InvariantCulture, $"{role}-{run}-{n}@cluster.test"), settings.NodeUrls[i % settings.NodeUrls.Count], token);
        });
        return users;
    }

    public async Task<TestUser> HostAsync(CancellationToken ct)
    {
        var node = settings.NodeA;
        var user = await UserAsync($"host-{run}-{Guid.NewGuid():N}@cluster.test", node, ct);
        Expect(await api.SendAsync(HttpMethod.Post, node, "/api/account/become-host", user.AccessToken, cancellationToken: ct), "become host");
        // The host role is in the token: sign in again.
        return user with { AccessToken = await TokenAsync(user.Email, node, ct) };
    }

    public async Task<IReadOnlyList<Guid>> ListingsAsync(TestUser host, int count, CancellationToken ct)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
        {
            var answer = Expect(await api.SendAsync(HttpMethod.Post, settings.NodeUrls[i % settings.NodeUrls.Count], "/api/listings", host.AccessToken,
                StayHubApi.Json(ListingBody($"Cluster flat {run} {i}")), cancellationToken: token), "create listing");
            ids[i] = Guid.Parse(answer.JsonString("id")!);
        });
        return ids;
    }

    public static object ListingBody(string title) => new
    {
        title,
        description = "A flat for the cluster scenarios.",
        propertyType = "apartment",
        address = new { line1 = "Rua das Flores 1", city = "Lisbon", region = "Lisboa", postalCode = "1100-001", country = "PT" },
        location = new { lat = 38.71, lng = -9.14 },
        maxGuests = 4,
        bedrooms = 1,
        beds = 1,
        bathrooms = 1,
        nightlyPrice = new { amount = 10000, currency = "EUR" },
        cleaningFee = new { amount = 3000, currency = "EUR" },
        amenities = Array.Empty<string>(),
        minNights = 1,
        maxNights = 30,
        instantBook = true,
        cancellationPolicy = "flexible",
        checkInTime = "15:00",
        checkOutTime = "11:00",
        houseRules = (string?)null,
    };

    /// <summary>A booking request body; days count from today (UTC).</summary>
    public static object BookingBody(Guid listingId, int checkInDay, int nights)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new
        {
            listingId,
            checkIn = today.AddDays(checkInDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            checkOut = today.AddDays(checkInDay + nights).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            guests = 1,
        };
    }

    /// <summary>The administrator etc/cluster.sh seeds (Admin__Email / Admin__Password), signed in on node A.</summary>
    public async Task<TestUser> AdminAsync(CancellationToken ct)
    {
        var email = Environment.GetEnvironmentVariable("Admin__Email") ?? "cluster-admin@stayhub.test";
        var password = Environment.GetEnvironmentVariable("Admin__Password") ?? "Cluster-Keeper-2026!";
        return new TestUser(Guid.Empty, email, await TokenAsync(email, settings.NodeA, ct, password));
    }

    private async Task<TestUser> UserAsync(string email, Uri node, CancellationToken ct)
    {
        var register = Expect(await api.SendAsync(HttpMethod.Post, node, "/api/account/register", content: StayHubApi.Json(new { email, password = Password, displayName = "Cluster" }),
            headers: Forwarded(), cancellationToken: ct), "register");
        return new TestUser(Guid.Parse(register.JsonString("id")!), email, await TokenAsync(email, node, ct));
    }

    private async Task<string> TokenAsync(string email, Uri node, CancellationToken ct, string password = Password)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "stayhub-app",
            ["scope"] = "openid",
            ["username"] = email,
            ["password"] = password,
        });
        var answer = Expect(await api.SendAsync(HttpMethod.Post, node, "/connect/token", content: form, headers: Forwarded(), cancellationToken: ct), "sign in");
        using var doc = JsonDocument.Parse(answer.Body);
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }

    private static Dictionary<string, string> Forwarded() => new() { ["X-Forwarded-For"] = NextAddress() };

    private static ApiAnswer Expect(ApiAnswer answer, string what) =>
        answer.IsSuccess ? answer : throw new InvalidOperationException($"set-up step '{what}' failed: {answer} {answer.Body}");
}
