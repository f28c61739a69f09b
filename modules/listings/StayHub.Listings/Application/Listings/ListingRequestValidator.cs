using FluentValidation;
using StayHub.Framework.Contracts;
using StayHub.Listings.Contracts;
using StayHub.Listings.Domain;

namespace StayHub.Listings.Application.Listings;

internal sealed class ListingRequestValidator : AbstractValidator<ListingRequest>
{
    /// <summary>A sanity cap (10 million in major units of a two-decimal currency), not a business rule.</summary>
    public const long MaxAmount = 1_000_000_000;

    public const string TimePattern = @"^([01][0-9]|2[0-3]):[0-5][0-9]\z";

    public ListingRequestValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(120).Must(NotBlank).WithMessage("'Title' must not be blank.");
        RuleFor(x => x.Description).NotEmpty().MaximumLength(5000);
        RuleFor(x => x.PropertyType).NotEmpty().Must(t => PropertyTypes.All.Contains(t!))
            .WithMessage($"Property type must be one of: {string.Join(", ", PropertyTypes.All)}.");

        RuleFor(x => x.Address).NotNull();
        When(x => x.Address is not null, () =>
        {
            RuleFor(x => x.Address!.Line1).NotEmpty().MaximumLength(200).OverridePropertyName("Address.Line1");
            RuleFor(x => x.Address!.City).NotEmpty().MaximumLength(100).OverridePropertyName("Address.City");
            RuleFor(x => x.Address!.Region).MaximumLength(100).OverridePropertyName("Address.Region");
            RuleFor(x => x.Address!.PostalCode).MaximumLength(20).OverridePropertyName("Address.PostalCode");
            RuleFor(x => x.Address!.Country).Must(CountryCodes.IsValid).OverridePropertyName("Address.Country")
                .WithMessage("Country must be an ISO 3166-1 alpha-2 code in upper case, e.g. PT.");
        });

        RuleFor(x => x.Location).NotNull();
        When(x => x.Location is not null, () =>
        {
            RuleFor(x => x.Location!.Lat).NotNull().InclusiveBetween(-90, 90).OverridePropertyName("Location.Lat");
            RuleFor(x => x.Location!.Lng).NotNull().InclusiveBetween(-180, 180).OverridePropertyName("Location.Lng");
        });

        RuleFor(x => x.MaxGuests).NotNull().InclusiveBetween(1, 50);
        RuleFor(x => x.Bedrooms).NotNull().InclusiveBetween(0, 50);
        RuleFor(x => x.Beds).NotNull().InclusiveBetween(1, 100);
        RuleFor(x => x.Bathrooms).NotNull().InclusiveBetween(0, 50);

        RuleFor(x => x.NightlyPrice).NotNull();
        When(x => x.NightlyPrice is not null, () =>
        {
            RuleFor(x => x.NightlyPrice!.Amount).InclusiveBetween(1, MaxAmount).OverridePropertyName("NightlyPrice.Amount");
            RuleFor(x => x.NightlyPrice!.Amount).Must((r, amount) => InWholeSteps(amount, r.NightlyPrice!.Currency))
                .OverridePropertyName("NightlyPrice.Amount").WithMessage(StepMessage);
            RuleFor(x => x.NightlyPrice!.Currency).Must(Currencies.IsSupported).OverridePropertyName("NightlyPrice.Currency")
                .WithMessage("Currency must be a supported ISO 4217 code in upper case, e.g. EUR.");
        });
        RuleFor(x => x.CleaningFee).NotNull();
        When(x => x.CleaningFee is not null, () =>
        {
            RuleFor(x => x.CleaningFee!.Amount).InclusiveBetween(0, MaxAmount).OverridePropertyName("CleaningFee.Amount");
            RuleFor(x => x.CleaningFee!.Amount).Must((r, amount) => InWholeSteps(amount, r.CleaningFee!.Currency))
                .OverridePropertyName("CleaningFee.Amount").WithMessage(StepMessage);
            // One listing, one currency: booking adds nights and the fee without converting.
            RuleFor(x => x.CleaningFee!.Currency).Equal(x => x.NightlyPrice!.Currency).When(x => x.NightlyPrice is not null)
                .OverridePropertyName("CleaningFee.Currency").WithMessage("The cleaning fee must be in the nightly price's currency.");
        });

        RuleFor(x => x.Amenities).Must(a => a is null || a.Count <= AmenityCatalog.All.Count)
            .WithMessage("Too many amenities.");
        RuleForEach(x => x.Amenities).Must(AmenityCatalog.Exists).WithMessage("Unknown amenity '{PropertyValue}'; see GET /api/amenities.");

        RuleFor(x => x.MinNights).NotNull().InclusiveBetween(1, 365);
        RuleFor(x => x.MaxNights).NotNull().InclusiveBetween(1, 365);
        RuleFor(x => x.MaxNights).GreaterThanOrEqualTo(x => x.MinNights).When(x => x.MinNights is not null && x.MaxNights is not null)
            .WithMessage("'Max Nights' must not be less than 'Min Nights'.");
        RuleFor(x => x.InstantBook).NotNull();
        RuleFor(x => x.CancellationPolicy).NotEmpty().Must(p => CancellationPolicies.All.Contains(p!))
            .WithMessage($"Cancellation policy must be one of: {string.Join(", ", CancellationPolicies.All)}.");
        RuleFor(x => x.CheckInTime).NotEmpty().Matches(TimePattern).WithMessage("Use 24-hour HH:mm, e.g. 15:00.");
        RuleFor(x => x.CheckOutTime).NotEmpty().Matches(TimePattern).WithMessage("Use 24-hour HH:mm, e.g. 11:00.");
        RuleFor(x => x.HouseRules).MaximumLength(2000);
    }

    private static bool NotBlank(string? value) => value is null || value.Trim().Length > 0;

    /// <summary>Three-decimal currencies move in steps of 10 minor units (<see cref="Currencies.AmountStep"/>); other rules report other currencies.</summary>
    internal static bool InWholeSteps(long amount, string? currency) =>
        !Currencies.IsSupported(currency) || amount % Currencies.AmountStep(currency!) == 0;

    internal const string StepMessage = "Amounts in a three-decimal currency (KWD, BHD, JOD, OMR, TND) must be whole hundredths: the last digit must be 0.";
}
