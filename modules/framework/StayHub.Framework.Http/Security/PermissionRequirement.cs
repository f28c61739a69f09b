using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using StayHub.Framework.Permissions;
using StayHub.Framework.Users;

namespace StayHub.Framework.Http.Security;

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
