namespace StayHub.Framework.Contracts.Application;

/// <summary>The caller and what they may do.</summary>
/// <param name="CurrentUser">Who is calling.</param>
/// <param name="GrantedPermissions">Every permission granted to them (directly or through a role), sorted; empty when anonymous.</param>
public sealed record ApplicationConfigurationDto(CurrentUserDto CurrentUser, IReadOnlyList<string> GrantedPermissions);
