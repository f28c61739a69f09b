using StayHub.Framework.Domain;
using StayHub.Payments.Contracts;
using StayHub.Payments.Domain;

namespace StayHub.Payments.Tests;

public sealed class StatusTextTests
{
    [Fact]
    public void Payment_statuses_are_stored_and_published_as_the_contract_spells_them() =>
        EnumText.AllOf<PaymentStatus>().ShouldBe(
        [
            PaymentStatuses.Processing, PaymentStatuses.RequiresAction, PaymentStatuses.Succeeded, PaymentStatuses.Failed,
            PaymentStatuses.PartiallyRefunded, PaymentStatuses.Refunded,
        ]);

    [Fact]
    public void Payout_statuses_are_stored_and_published_as_the_contract_spells_them() =>
        EnumText.AllOf<PayoutStatus>().ShouldBe([PayoutStatuses.Scheduled, PayoutStatuses.Paid, PayoutStatuses.Failed, PayoutStatuses.Cancelled]);

    [Fact]
    public void A_text_that_is_no_status_does_not_parse() =>
        EnumText.TryParse<PaymentStatus>("Succeeded", out _).ShouldBeFalse();
}
