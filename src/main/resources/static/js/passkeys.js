// Passkeys (WebAuthn) for Vigil's own pages, against Spring Security's endpoints. No inline
// script (the Content-Security-Policy forbids it): the pages carry the CSRF header and token,
// the next address and the error text as data attributes of the section that holds the button.
"use strict";
(() => {
  const base64url = {
    encode(buffer) {
      return window.btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  async function post(section, url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [section.dataset.csrfHeader]: section.dataset.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(`${url}: HTTP ${response.status}`);
    }
    return response.json();
  }

  const decodeIds = (list) => (list || []).map((c) => ({ ...c, id: base64url.decode(c.id) }));

  async function register(section, label) {
    const options = await post(section, "/webauthn/register/options");
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: base64url.decode(options.user.id) },
        challenge: base64url.decode(options.challenge),
        excludeCredentials: decodeIds(options.excludeCredentials)
      }
    });
    const result = await post(section, "/webauthn/register", {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          response: {
            attestationObject: base64url.encode(credential.response.attestationObject),
            clientDataJSON: base64url.encode(credential.response.clientDataJSON),
            transports: credential.response.getTransports ? credential.response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        }
      }
    });
    if (!result || !result.success) {
      throw new Error("registration refused");
    }
  }

  async function signIn(section) {
    const options = await post(section, "/webauthn/authenticate/options");
    const credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: base64url.decode(options.challenge),
        allowCredentials: decodeIds(options.allowCredentials)
      }
    });
    const response = credential.response;
    const result = await post(section, "/login/webauthn", {
      id: credential.id,
      rawId: base64url.encode(credential.rawId),
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (!result || !result.authenticated) {
      throw new Error("passkey refused");
    }
  }

  function run(section, button, ceremony) {
    const error = document.getElementById("passkey-error");
    button.addEventListener("click", async () => {
      error.hidden = true;
      button.disabled = true;
      try {
        await ceremony();
        window.location.href = section.dataset.next;
      } catch (e) {
        console.error(e);
        error.textContent = section.dataset.failed;
        error.hidden = false;
        button.disabled = false;
      }
    });
  }

  const registration = document.getElementById("passkey-registration");
  if (registration) {
    const label = document.getElementById("passkey-label");
    run(registration, document.getElementById("add-passkey"), () => {
      if (!label.value.trim()) {
        label.focus();
        return Promise.reject(new Error("a name is needed"));
      }
      return register(registration, label.value.trim());
    });
  }
  const secondStep = document.getElementById("passkey-sign-in");
  if (secondStep) {
    run(secondStep, document.getElementById("use-passkey"), () => signIn(secondStep));
  }
})();
