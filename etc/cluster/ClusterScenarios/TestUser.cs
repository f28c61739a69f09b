namespace ClusterScenarios;

/// <summary>A user the scenarios registered, with an access token valid on every node.</summary>
internal sealed record TestUser(Guid Id, string Email, string AccessToken);
