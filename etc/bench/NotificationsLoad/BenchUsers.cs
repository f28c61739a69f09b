using System.Net.Http.Json;
using System.Text.Json;

namespace NotificationsLoad;

/// <summary>Registers users through the public API and signs each in (password grant), a few at a time.</summary>
internal static class BenchUsers
{
    private const string Password = "Blue-Harbour-Lights-88";

    public static async Task<IReadOnlyList<BenchUser>> CreateAsync(HttpClient http, int count, CancellationToken cancellationToken)
    {
        var users = new BenchUser[count];
        var run = Guid.NewGuid().ToString("N")[..8];
        // Password hashing dominates (two hashes per user); one at a time per core is all the host can use.
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var email = $"bench-{run}-{i}@stayhub.test";
            using var register = await http.PostAsJsonAsync("/api/account/register", new { email, password = Password, displayName = $"Bench {i}" }, ct);
            register.EnsureSuccessStatusCode();
            using var profile = JsonDocument.Parse(await register.Content.ReadAsStringAsync(ct));
            using var grant = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "stayhub-app",
                ["scope"] = "openid",
                ["username"] = email,
                ["password"] = Password,
            }), ct);
            grant.EnsureSuccessStatusCode();
            using var token = JsonDocument.Parse(await grant.Content.ReadAsStringAsync(ct));
            users[i] = new BenchUser(profile.RootElement.GetProperty("id").GetGuid(), token.RootElement.GetProperty("access_token").GetString()!);
        });
        return users;
    }
}
