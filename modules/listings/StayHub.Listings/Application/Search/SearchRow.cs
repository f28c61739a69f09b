using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.Extensions.Options;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Listings.Contracts;
using ZiggyCreatures.Caching.Fusion;

namespace StayHub.Listings.Application.Search;

internal sealed record SearchRow(
    Guid Id,
    string Title,
    string City,
    string Country,
    double Lat,
    double Lng,
    long NightlyPrice,
    string Currency,
    decimal? Rating,
    int ReviewCount,
    int MaxGuests,
    DateTime CreatedAt,
    double? SortKey,
    string? PhotoUrl);
