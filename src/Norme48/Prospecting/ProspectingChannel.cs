namespace Norme48.Prospecting;

/// <summary>How a solicitation reaches the person.</summary>
public enum ProspectingChannel
{
    /// <summary>E-mail: electronic prospecting.</summary>
    Email = 1,

    /// <summary>SMS (and MMS): electronic prospecting.</summary>
    Sms = 2,

    /// <summary>Fax: electronic prospecting.</summary>
    Fax = 3,

    /// <summary>Automated calling machine: electronic prospecting.</summary>
    AutomatedCall = 4,

    /// <summary>Telephone call by a person.</summary>
    Phone = 5,

    /// <summary>Postal mail.</summary>
    Postal = 6,
}

/// <summary>Whom a solicitation addresses.</summary>
public enum Audience
{
    /// <summary>A consumer (a natural person acting outside their profession).</summary>
    Consumer = 1,

    /// <summary>A professional, at a professional address.</summary>
    Professional = 2,
}

/// <summary>The simple means a collection form offers to consent or object to prospecting (NS48-PROSP-CHECKBOX).</summary>
public enum ConsentCheckbox
{
    /// <summary>The form offers no simple means to consent or object.</summary>
    None = 1,

    /// <summary>An unticked box the person ticks.</summary>
    Unticked = 2,

    /// <summary>A box already ticked: not consent.</summary>
    PreTicked = 3,
}

/// <summary>An information item a collection form shows the person (NS48-INFO-NOTICE), in the norm's order.</summary>
public enum NoticeItem
{
    /// <summary>The identity of the controller (<c>controller-identity</c>).</summary>
    ControllerIdentity = 1,

    /// <summary>The purposes of the processing (<c>purposes</c>).</summary>
    Purposes = 2,

    /// <summary>Whether answers are mandatory or optional (<c>mandatory-or-optional</c>).</summary>
    MandatoryOrOptional = 3,

    /// <summary>The consequences of not answering (<c>consequences-of-no-answer</c>).</summary>
    ConsequencesOfNoAnswer = 4,

    /// <summary>The recipients of the data (<c>recipients</c>).</summary>
    Recipients = 5,

    /// <summary>The rights of access, rectification and objection (<c>rights</c>).</summary>
    Rights = 6,
}
