namespace Marketplace.Inquiries;

/// <summary>Where an inquiry thread stands. The last four end it.</summary>
public enum InquiryState
{
    Sent = 1,
    Viewed = 2,
    Answered = 3,
    Quoted = 4,
    Accepted = 5,
    Declined = 6,
    Withdrawn = 7,
    Expired = 8,
}

/// <summary>The two parties of a thread, and the site itself (expiry at a deadline or a quote's validity date).</summary>
public enum InquiryParty
{
    Buyer = 1,
    Cooperative = 2,
    System = 3,
}

/// <summary>What someone does to a thread; every one is recorded with who and when, whether or not it moves the state.</summary>
public enum InquiryAction
{
    /// <summary>The cooperative opens the thread for the first time.</summary>
    View = 1,

    /// <summary>A message in the thread.</summary>
    Message = 2,

    /// <summary>The cooperative sends a quotation, or a revised one that supersedes the last.</summary>
    Quote = 3,

    /// <summary>The buyer asks for a sample: a step of its own in the thread, which leaves the state as it is.</summary>
    RequestSample = 4,

    /// <summary>The cooperative says the sample is on its way.</summary>
    SendSample = 5,

    /// <summary>The buyer accepts the current quotation: the deal is recorded.</summary>
    Accept = 6,

    /// <summary>Either party declines, with a reason (the cooperative's counts as an answer).</summary>
    Decline = 7,

    /// <summary>The cooperative reports the inquiry as spam: it ends, and counts as an answer.</summary>
    ReportSpam = 8,

    /// <summary>The buyer withdraws the inquiry.</summary>
    Withdraw = 9,

    /// <summary>The request's deadline or the current quotation's validity date has passed (Vietnam time).</summary>
    Expire = 10,
}

/// <summary>
/// The allowed moves of an inquiry thread, in one table so the handlers, the pages (which buttons to show) and the
/// tests read the same rule. A move that is not in the table is refused and changes nothing.
/// </summary>
public static class InquiryStateMachine
{
    private static readonly InquiryState[] Open = [InquiryState.Sent, InquiryState.Viewed, InquiryState.Answered, InquiryState.Quoted];

    public static bool IsOpen(InquiryState state) => Open.Contains(state);

    /// <summary>True for what ends a thread.</summary>
    public static bool IsEnded(InquiryState state) => !IsOpen(state);

    /// <returns>The state after the move, or null when <paramref name="by"/> may not do <paramref name="action"/> in <paramref name="from"/>.</returns>
    public static InquiryState? Next(InquiryState from, InquiryAction action, InquiryParty by) => (action, by) switch
    {
        (InquiryAction.View, InquiryParty.Cooperative) => from switch
        {
            InquiryState.Sent => InquiryState.Viewed,
            _ when IsOpen(from) => from, // seen again: recorded, nothing moves
            _ => null,
        },

        // The first message of the cooperative answers; the buyer's messages never move the state. After a deal both
        // sides still write (delivery, invoices); an ended thread without a deal is read only.
        (InquiryAction.Message, InquiryParty.Cooperative) => from is InquiryState.Sent or InquiryState.Viewed ? InquiryState.Answered
            : from is InquiryState.Answered or InquiryState.Quoted or InquiryState.Accepted ? from
            : null,
        (InquiryAction.Message, InquiryParty.Buyer) => IsOpen(from) || from == InquiryState.Accepted ? from : null,

        (InquiryAction.Quote, InquiryParty.Cooperative) => IsOpen(from) ? InquiryState.Quoted : null,

        (InquiryAction.RequestSample, InquiryParty.Buyer) => from is InquiryState.Answered or InquiryState.Quoted ? from : null,
        (InquiryAction.SendSample, InquiryParty.Cooperative) => from is InquiryState.Answered or InquiryState.Quoted ? from : null,

        (InquiryAction.Accept, InquiryParty.Buyer) => from == InquiryState.Quoted ? InquiryState.Accepted : null,

        (InquiryAction.Decline, InquiryParty.Buyer or InquiryParty.Cooperative) => IsOpen(from) ? InquiryState.Declined : null,

        (InquiryAction.ReportSpam, InquiryParty.Cooperative) => IsOpen(from) ? InquiryState.Declined : null,

        (InquiryAction.Withdraw, InquiryParty.Buyer) => IsOpen(from) ? InquiryState.Withdrawn : null,

        (InquiryAction.Expire, InquiryParty.System) => IsOpen(from) ? InquiryState.Expired : null,

        _ => null,
    };

    /// <summary>
    /// What counts as the cooperative's answer for its response rate: a message, a quotation, a decline with a reason,
    /// a spam report. Viewing does not, nor does anything the buyer does.
    /// </summary>
    public static bool IsAnswer(InquiryAction action, InquiryParty by) =>
        by == InquiryParty.Cooperative && action is InquiryAction.Message or InquiryAction.Quote or InquiryAction.Decline or InquiryAction.ReportSpam;
}
