import { ACCOUNT_LANGUAGES, type AccountLanguage } from '../accounts/language.js'
import { AppError } from '../errors.js'

/**
 * The words Chorus itself puts on a form's public pages, in the account's language. What the
 * account typed (the form's name, labels, help, consent, thank-you message) is shown as typed.
 */

/** Why a submission was refused as a bot's (protection.ts gives it with the 400). */
export type RefusalReason =
  | 'automated'
  | 'unreadable'
  | 'failed'
  | 'reused'
  | 'changed'
  | 'too_fast'

/** What is wrong with a typed value (submissions.ts gives it with the 422). */
export type FieldProblem = 'required' | 'email' | 'too_long' | 'not_text' | 'choice'

/** The proof-of-work widget's own words (ALTCHA's i18n keys; the rest stay its English ones). */
export interface WidgetWords {
  ariaLinkLabel: string
  cancel: string
  error: string
  expired: string
  label: string
  loading: string
  reload: string
  verificationRequired: string
  verified: string
  verify: string
  verifying: string
  waitAlert: string
}

export interface Words {
  subscribe: string
  /** A survey's button. */
  send: string
  /** The honeypot's label: only a screen reader ignoring aria-hidden or a bot reads it. */
  honeypot: string
  problems: Record<FieldProblem, (label: string) => string>
  /** Any other problem of a field (a phone number, a custom value of the wrong type). */
  invalid: string
  thankYouTitle: string
  notFoundTitle: string
  notFound: string
  refusedTitle: string
  refused: Record<RefusalReason, string>
  tooMany: string
  widget: WidgetWords
}

const en: Words = {
  subscribe: 'Subscribe',
  send: 'Send',
  honeypot: 'Leave this empty',
  problems: {
    required: (label) => `${label} is required`,
    email: () => 'This is not an email address.',
    too_long: () => 'This is too long.',
    not_text: () => 'This contains characters that are not text.',
    choice: () => 'Choose among the options.',
  },
  invalid: 'This value is not accepted.',
  thankYouTitle: 'Thank you',
  notFoundTitle: 'Form not found',
  notFound: 'This form does not exist or is not published.',
  refusedTitle: 'Not sent',
  refused: {
    automated: 'This submission looks automated and was refused.',
    unreadable: 'The anti-spam check could not be read. Reload the page and try again.',
    failed: 'The anti-spam check failed or expired. Reload the page and try again.',
    reused: 'This anti-spam check was used already. Reload the page and try again.',
    changed: 'The page was changed. Reload it and try again.',
    too_fast: 'This form was sent faster than a person can fill it in, and was refused.',
  },
  tooMany: 'Too many sign-ups were sent from here. Try again later.',
  widget: {
    ariaLinkLabel: 'Altcha (official website)',
    cancel: 'Cancel',
    error: 'Verification failed. Try again later.',
    expired: 'Verification expired. Try again.',
    label: 'I’m not a robot',
    loading: 'Loading…',
    reload: 'Reload',
    verificationRequired: 'Verification required!',
    verified: 'Verified',
    verify: 'Verify',
    verifying: 'Verifying…',
    waitAlert: 'Verifying… please wait.',
  },
}

const fr: Words = {
  subscribe: 'S’inscrire',
  send: 'Envoyer',
  honeypot: 'Laissez ce champ vide',
  problems: {
    required: (label) => `${label}\u00a0: ce champ est obligatoire.`,
    email: () => 'Ce n’est pas une adresse e-mail.',
    too_long: () => 'Ce texte est trop long.',
    not_text: () => 'Ce champ contient des caractères qui ne sont pas du texte.',
    choice: () => 'Choisissez parmi les options proposées.',
  },
  invalid: 'Cette valeur n’est pas acceptée.',
  thankYouTitle: 'Merci',
  notFoundTitle: 'Formulaire introuvable',
  notFound: 'Ce formulaire n’existe pas ou n’est pas publié.',
  refusedTitle: 'Non envoyé',
  refused: {
    automated: 'Cet envoi semble automatique et a été refusé.',
    unreadable: 'La vérification anti-spam est illisible. Rechargez la page et réessayez.',
    failed: 'La vérification anti-spam a échoué ou expiré. Rechargez la page et réessayez.',
    reused: 'Cette vérification anti-spam a déjà servi. Rechargez la page et réessayez.',
    changed: 'La page a été modifiée. Rechargez-la et réessayez.',
    too_fast:
      'Ce formulaire a été envoyé plus vite qu’une personne ne peut le remplir, et a été refusé.',
  },
  tooMany: 'Trop d’inscriptions ont été envoyées d’ici. Réessayez plus tard.',
  widget: {
    ariaLinkLabel: 'Altcha (site officiel)',
    cancel: 'Annuler',
    error: 'Échec de la vérification. Réessayez plus tard.',
    expired: 'La vérification a expiré. Réessayez.',
    label: 'Je ne suis pas un robot',
    loading: 'Chargement…',
    reload: 'Recharger',
    verificationRequired: 'Vérification requise\u00a0!',
    verified: 'Vérifié',
    verify: 'Vérifier',
    verifying: 'Vérification en cours…',
    waitAlert: 'Vérification en cours… veuillez patienter.',
  },
}

const de: Words = {
  subscribe: 'Anmelden',
  send: 'Senden',
  honeypot: 'Dieses Feld leer lassen',
  problems: {
    required: (label) => `${label}: Dieses Feld ist erforderlich.`,
    email: () => 'Das ist keine E-Mail-Adresse.',
    too_long: () => 'Dieser Text ist zu lang.',
    not_text: () => 'Das Feld enthält Zeichen, die kein Text sind.',
    choice: () => 'Wählen Sie unter den angebotenen Optionen.',
  },
  invalid: 'Dieser Wert wird nicht angenommen.',
  thankYouTitle: 'Vielen Dank',
  notFoundTitle: 'Formular nicht gefunden',
  notFound: 'Dieses Formular gibt es nicht, oder es ist nicht veröffentlicht.',
  refusedTitle: 'Nicht gesendet',
  refused: {
    automated: 'Diese Eingabe wirkt automatisiert und wurde abgelehnt.',
    unreadable:
      'Die Anti-Spam-Prüfung ist nicht lesbar. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    failed:
      'Die Anti-Spam-Prüfung ist fehlgeschlagen oder abgelaufen. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    reused:
      'Diese Anti-Spam-Prüfung wurde schon verwendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    changed: 'Die Seite wurde verändert. Laden Sie sie neu und versuchen Sie es noch einmal.',
    too_fast:
      'Dieses Formular wurde schneller gesendet, als ein Mensch es ausfüllen kann, und wurde abgelehnt.',
  },
  tooMany: 'Von hier wurden zu viele Anmeldungen gesendet. Versuchen Sie es später noch einmal.',
  widget: {
    ariaLinkLabel: 'Altcha (offizielle Website)',
    cancel: 'Abbrechen',
    error: 'Überprüfung fehlgeschlagen. Bitte versuchen Sie es später erneut.',
    expired: 'Überprüfung abgelaufen. Bitte versuchen Sie es erneut.',
    label: 'Ich bin kein Roboter',
    loading: 'Wird geladen…',
    reload: 'Neu laden',
    verificationRequired: 'Überprüfung erforderlich!',
    verified: 'Überprüft',
    verify: 'Überprüfen',
    verifying: 'Wird überprüft…',
    waitAlert: 'Überprüfung läuft… bitte warten.',
  },
}

const es: Words = {
  subscribe: 'Suscribirse',
  send: 'Enviar',
  honeypot: 'Deje este campo vacío',
  problems: {
    required: (label) => `${label}: este campo es obligatorio.`,
    email: () => 'Esto no es una dirección de correo electrónico.',
    too_long: () => 'Este texto es demasiado largo.',
    not_text: () => 'Este campo contiene caracteres que no son texto.',
    choice: () => 'Elija entre las opciones propuestas.',
  },
  invalid: 'Este valor no se acepta.',
  thankYouTitle: 'Gracias',
  notFoundTitle: 'Formulario no encontrado',
  notFound: 'Este formulario no existe o no está publicado.',
  refusedTitle: 'No enviado',
  refused: {
    automated: 'Este envío parece automático y se ha rechazado.',
    unreadable:
      'No se pudo leer la verificación antispam. Recargue la página e inténtelo de nuevo.',
    failed:
      'La verificación antispam ha fallado o ha caducado. Recargue la página e inténtelo de nuevo.',
    reused: 'Esta verificación antispam ya se usó. Recargue la página e inténtelo de nuevo.',
    changed: 'La página se ha modificado. Recárguela e inténtelo de nuevo.',
    too_fast:
      'Este formulario se envió más rápido de lo que una persona puede rellenarlo, y se ha rechazado.',
  },
  tooMany: 'Se han enviado demasiadas suscripciones desde aquí. Inténtelo más tarde.',
  widget: {
    ariaLinkLabel: 'Altcha (sitio web oficial)',
    cancel: 'Cancelar',
    error: 'Falló la verificación. Inténtelo de nuevo más tarde.',
    expired: 'La verificación ha caducado. Inténtelo de nuevo.',
    label: 'No soy un robot',
    loading: 'Cargando…',
    reload: 'Recargar',
    verificationRequired: '¡Verificación requerida!',
    verified: 'Verificado',
    verify: 'Verificar',
    verifying: 'Verificando…',
    waitAlert: 'Verificando… espere, por favor.',
  },
}

const WORDS: Record<AccountLanguage, Words> = { en, fr, de, es }

export function wordsFor(language: AccountLanguage): Words {
  return WORDS[language]
}

/**
 * The visitor's language among the four, from Accept-Language (by order, weights ignored but
 * zero), else English: for a page that belongs to no account (an unknown form).
 */
export function visitorLanguage(acceptLanguage: string | undefined): AccountLanguage {
  for (const part of (acceptLanguage ?? '').slice(0, 500).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';')
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))) continue
    const primary = tag.split('-')[0]
    const found = ACCOUNT_LANGUAGES.find((language) => language === primary)
    if (found) return found
  }
  return 'en'
}

/** A 422 on a field whose `problem` the public pages put in the form's language. */
export function fieldProblem(field: string, problem: FieldProblem, message: string) {
  return new AppError('validation_failed', message, { field, problem })
}
