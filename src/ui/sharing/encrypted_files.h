// encrypted_files: opening an encrypted plan file or package (core/crypt/envelope.h) given to the
// app (opened, dropped, picked as a return, from the launch queue): a password dialog; the
// browser's WebCrypto decrypts (platform/crypt.h) while frames go on, and the decrypted file then
// takes the normal way (a plan file to the preview/merge, a package through the office module). A
// wrong password or a changed byte (never told apart) is said in the error colour, and nothing changes.
#pragma once
#include <string>

#include "core/crypt/envelope.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// An encrypted file arrived: asks for its password, or says why it cannot be opened (a damaged
// envelope, or no WebCrypto on this page). Files arriving while one is asked for wait their turn.
void receive_encrypted(ShellState& st, const std::string& purpose, const std::string& name, EnvelopeRead envelope);

// The password dialog, drawn by the shell over any view.
void draw_password_dialog(ShellState& st);

} // namespace rectify::ui
