namespace StayHub.Payments.Contracts;

/// <summary>Permission names of the payments module.</summary>
public static class PaymentPermissions
{
    /// <summary>See every payment and refund any of them (admins).</summary>
    public const string PaymentsManage = "Payments.Payments.Manage";

    /// <summary>See one's own payouts and set one's payout account (hosts).</summary>
    public const string PayoutsManageOwn = "Payments.Payouts.ManageOwn";
}
