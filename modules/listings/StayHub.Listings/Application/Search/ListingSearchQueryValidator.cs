using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Npgsql;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;
using StayHub.Listings.Contracts;

namespace StayHub.Listings.Application.Search;

internal sealed class ListingSearchQueryValidator : AbstractValidator<ListingSearchQuery>
{
    public ListingSearchQueryValidator()
    {
        // One parser decides validity for the validator and the service alike; errors keep the query-string names.
        RuleFor(x => x).Custom((query, context) =>
        {
            SearchCriteriaParser.Parse(query, out var errors);
            foreach (var (field, message) in errors)
            {
                context.AddFailure(field, message);
            }
        });
    }
}
